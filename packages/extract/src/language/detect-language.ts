import { francAll } from 'franc';

/** What {@link detectLanguage} decided. */
export interface LanguageGuess {
  /** ISO 639-3 code, or 'und' when the text is too short or mixed to tell. */
  language: string;
  /** True when the text is confidently not English: entity tagging would be guesswork. */
  notEnglish: boolean;
}

const SAMPLE = 400;
const CANDIDATES = ['eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'rus', 'ukr', 'pol', 'ces', 'tur', 'swe', 'dan', 'nob', 'fin', 'hun', 'ron', 'ell', 'bul', 'srp', 'hrv', 'arb', 'pes', 'urd', 'hin', 'ben', 'cmn', 'jpn', 'kor', 'ind', 'vie', 'tha', 'heb', 'sco', 'cat', 'glg', 'slk', 'slv', 'lit', 'lav', 'est', 'tgl', 'swh', 'zlm'];
/** Words that make up a large share of any English prose and are rare in other languages. */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'his', 'her', 'it', 'said', 'has', 'have', 'were', 'be', 'are', 'which', 'who', 'this', 'after', 'but', 'not', 'will', 'would', 'their', 'they', 'he', 'she', 'its', 'an', 'had', 'been']);

/** Letters (UTF-16 units), words (runs of letters) and English function words among them. */
interface WordCounts {
  letters: number;
  words: number;
  functionWords: number;
}

function countWords(sample: string): WordCounts {
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let functionWords = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) functionWords++;
  return { letters, words: words.length, functionWords };
}

/**
 * {@link countWords} for ASCII text (most English news), where a letter is A–Z or a–z: one
 * character loop instead of three Unicode regex passes. Undefined when the text is not ASCII.
 */
function countAsciiWords(sample: string): WordCounts | undefined {
  let letters = 0;
  let words = 0;
  let functionWords = 0;
  let runStart = -1;
  let lower: string | undefined;
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 32;
    if (c >= 128) return undefined;
    const lc = c | 32;
    if (lc >= 97 && lc <= 122) {
      letters++;
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      words++;
      // function words are at most five letters long
      if (i - runStart <= 5) {
        lower ??= sample.toLowerCase();
        if (ENGLISH_FUNCTION_WORDS.has(lower.slice(runStart, i))) functionWords++;
      }
      runStart = -1;
    }
  }
  return { letters, words, functionWords };
}

/**
 * Guesses the language from a sample of the text with franc. English is assumed unless another
 * language clearly wins: news in capitals, tables and short notes confuse trigram models, and
 * dropping an English article is worse than tagging a foreign one.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const counts = countAsciiWords(sample) ?? countWords(sample);
  const letters = counts.letters;
  if (letters < 40) return { language: 'und', notEnglish: false };
  // Fast path: plainly English prose (franc is the slowest step of extraction otherwise).
  const fn = counts.functionWords;
  if (counts.words >= 5 && fn / counts.words >= 0.08) return { language: 'eng', notEnglish: false };
  // Non-Latin scripts: franc is reliable here and English tagging is pointless.
  const latin = sample.replace(/[^\p{Script=Latin}]/gu, '').length;
  // Short Latin-script text (a headline, a table row): franc cannot tell, so do not pay for it.
  if (letters < 100 && latin / letters >= 0.5) return { language: 'und', notEnglish: false };
  // Only languages news archives commonly hold: franc's cost grows with the candidate list.
  const scores = francAll(sample.toLowerCase(), { minLength: 10, only: CANDIDATES });
  const top = scores[0];
  if (!top || top[0] === 'und') return { language: 'und', notEnglish: latin / letters < 0.5 };
  if (latin / letters < 0.5) return { language: top[0], notEnglish: true };
  const eng = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (top[0] === 'eng' || eng >= 0.85) return { language: 'eng', notEnglish: false };
  return { language: top[0], notEnglish: letters >= 100 && eng < 0.8 };
}
