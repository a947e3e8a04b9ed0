import irregularData from './data/irregular-lemmas.json' with { type: 'json' };

const IRREGULAR = new Map<string, string>(
  Object.entries(irregularData as Record<string, string>).filter(([k]) => k !== '$comment'),
);

/**
 * A lemma for lexicon look-up when the tokenizer gives none (lemma === normal form): irregular
 * forms from data, then suffix rules (-s, -es, -ies, -ed, -ied, -ing, -en, doubled consonants), each
 * candidate accepted only if `known` says the lexicon has it. Falls back to the normal form.
 */
export function lemmatize(normal: string, known: (lemma: string) => boolean): string {
  const irregular = IRREGULAR.get(normal);
  if (irregular) return irregular;
  // Stems first: "shelling" is a known noun, but as a token it is usually the verb "shell"; noun
  // look-ups try the surface form before the lemma anyway.
  for (const c of suffixCandidates(normal)) if (known(c)) return c;
  return normal;
}

function suffixCandidates(w: string): string[] {
  const out: string[] = [];
  const strip = (suffix: string, add = ''): void => {
    if (w.length > suffix.length + 1 && w.endsWith(suffix))
      out.push(w.slice(0, -suffix.length) + add);
  };
  strip('ies', 'y');
  strip('ied', 'y');
  strip('es');
  strip('s');
  strip('ed');
  strip('ed', 'e');
  strip('d');
  strip('ing');
  strip('ing', 'e');
  // Participles in -en/-n: "retaken" -> "retake", "beaten" -> "beat".
  strip('n');
  strip('en');
  // "slammed" -> "slam", "targetting" -> "target".
  for (const suffix of ['ed', 'ing']) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      if (stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
    }
  }
  return out;
}
