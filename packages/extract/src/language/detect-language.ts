import { francAll } from 'franc';

/** What {@link detectLanguage} decided. */
export interface LanguageGuess {
  /** ISO 639-3 code, or 'und' when the text is too short or mixed to tell. */
  language: string;
  /** True when the text is confidently not English: entity tagging would be guesswork. */
  notEnglish: boolean;
}

const SAMPLE = 4000;

/**
 * Guesses the language from a sample of the text with franc. English is assumed unless another
 * language clearly wins: news in capitals, tables and short notes confuse trigram models, and
 * dropping an English article is worse than tagging a foreign one.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  if (letters < 40) return { language: 'und', notEnglish: false };
  // Non-Latin scripts: franc is reliable here and English tagging is pointless.
  const latin = sample.replace(/[^\p{Script=Latin}]/gu, '').length;
  const scores = francAll(sample.toLowerCase(), { minLength: 10 });
  const top = scores[0];
  if (!top || top[0] === 'und') return { language: 'und', notEnglish: latin / letters < 0.5 };
  if (latin / letters < 0.5) return { language: top[0], notEnglish: true };
  const eng = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (top[0] === 'eng' || eng >= 0.85) return { language: 'eng', notEnglish: false };
  return { language: top[0], notEnglish: letters >= 100 && eng < 0.8 };
}
