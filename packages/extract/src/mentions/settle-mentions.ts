import type { EntityType } from '@newsgraph/schemas';
import type { Token } from '../types.js';
import { normalizeKey } from '../gazetteer/normalize-key.js';
import type { MentionCandidate, MentionContext } from './find-mentions.js';
import { compareText } from '../text-order.js';

const LETTER = /\p{L}/u;
/** Words after a name that mark a company ("Magna shares", "Comelf 's output"). */
const ORG_NEXT = new Set(['shares', 'stock', 'stocks', 'share', 'unit', 'units', 'subsidiary', 'board', 'output', 'profit', 'profits', 'sales', 'revenue', 'revenues', 'earnings', 'bid', 'deal', 'shareholders', 'executives', 'management', 'spokesman', 'spokeswoman', 'group', 'plant', 'plants', 'factory', 'merger', 'acquisition', 'headquarters', 'officials', 'inc', 'corp', 'ltd']);
const ORG_BEFORE_OF = new Set(['officer', 'director', 'directors', 'board', 'shares', 'unit', 'subsidiary', 'division', 'chairman', 'president', 'manager', 'owner', 'acquisition', 'takeover', 'stake', 'employees', 'workers', 'spokesman', 'spokeswoman']);
const FIRST_NAMES = new Set(['FirstName', 'MaleName', 'FemaleName']);
const NAMEY = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/** Plain ASCII words with single spaces: the key is just the lower-cased text. */
const SIMPLE_WORDS = /^[A-Za-z0-9']+(?: [A-Za-z0-9']+)*$/;

/** Key of a surface form: tokens normalised, joined by single spaces. */
export function surfaceKey(text: string): string {
  // Hot path: plain words ("Kim Jong Un") need only lower-casing (no dots, hyphens or space runs).
  if (SIMPLE_WORDS.test(text)) return text.toLowerCase();
  return normalizeKey(text)
    .replace(/[.]/g, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Settles what single sentences could not: an unknown capitalised word becomes a Person when a
 * person's full name in the document contains it ("Simmons" after "Phil Simmons"), takes the type
 * the same surface has elsewhere, or is a team in sports news; names set in capitals (headlines,
 * tables) are found by the forms the body used. Unknowns with no support are dropped.
 */
export function settleMentions(ctx: MentionContext, candidates: readonly MentionCandidate[]): MentionCandidate[] {
  const known = new Map<string, EntityType>();
  const personParts = new Map<string, number>();
  // First words of longer organisation names ("Magna International Inc" ... "Magna").
  const orgHeadsOfNames = new Set<string>();
  const votes = new Map<string, Map<EntityType, number>>();
  // Ends of organisation names of two words or more: "(Apacs)" after one is its short name.
  const orgEnds = new Set<string>();
  const shortOrgEnds = new Set<string>();
  // Ends of names of a known type ("Republican" before "Vandermeer" is a party, not a first part).
  const namedEnds = new Set<string>();
  for (const c of candidates) {
    if (c.type === 'Unknown' || c.via !== 'name' || c.confidence < 0.6) continue;
    const key = surfaceKey(c.text);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(c.type, (v.get(c.type) ?? 0) + c.confidence);
    votes.set(key, v);
    if (c.type === 'Organization') (c.to - c.from >= 2 ? orgEnds : shortOrgEnds).add(`${c.sentence}:${c.to}`);
    namedEnds.add(`${c.sentence}:${c.to}`);
    if (c.type === 'Organization' && c.to - c.from >= 2 && c.entry === undefined) {
      const firstW = c.text.split(/\s+/)[0];
      if (firstW && /^\p{Lu}\p{Ll}/u.test(firstW)) orgHeadsOfNames.add(surfaceKey(firstW));
    }
    if (c.type === 'Person') {
      const words = c.text.split(/\s+/).filter((w) => LETTER.test(w));
      if (words.length >= 2) {
        const firstW = words[0];
        const lastW = words[words.length - 1];
        if (firstW) personParts.set(surfaceKey(firstW), (personParts.get(surfaceKey(firstW)) ?? 0) + 1);
        if (lastW) personParts.set(surfaceKey(lastW), (personParts.get(surfaceKey(lastW)) ?? 0) + 2);
      }
    }
  }
  for (const [key, v] of votes) {
    // the highest vote, ties to the first type in text order (a scan, not a sort per surface)
    let best: [EntityType, number] | undefined;
    for (const entry of v) if (!best || entry[1] > best[1] || (entry[1] === best[1] && compareText(entry[0], best[0]) < 0)) best = entry;
    if (best) known.set(key, best[0]);
  }

  // Context votes for each unknown surface: organisations are "it", have shares and managers;
  // people are "he"/"she".
  const orgVotes = new Map<string, number>();
  const personVotes = new Map<string, number>();
  // Surfaces that act in some sentence (speak, own, do, undergo) and surfaces used as places.
  const actors = new Set<string>();
  const places = new Set<string>();
  // Evidence against the actor rule: surfaces the document shows as companies or clubs, surfaces
  // that are products, works, creeds or common nouns, and mentions that end a longer name.
  const orgStrong = new Set<string>();
  const notPerson = new Set<string>();
  const tails = new Set<MentionCandidate>();
  const { personTitles } = ctx.resources.cues;
  /** The name before the possessive is an organisation here or elsewhere in the document. */
  const ownedByOrg = (c: MentionCandidate): boolean => {
    const at = `${c.sentence}:${c.from - 1}`;
    if (orgEnds.has(at) || shortOrgEnds.has(at)) return true;
    const owner = ctx.sentences[c.sentence]?.tokens[c.from - 2];
    if (!owner || !CAPITALISED.test(owner.text)) return false;
    const k = surfaceKey(owner.text);
    return known.get(k) === 'Organization' || orgHeadsOfNames.has(k);
  };
  for (const c of candidates) {
    if (c.type !== 'Unknown') continue;
    const key = surfaceKey(c.text);
    const toks = ctx.sentences[c.sentence]?.tokens ?? [];
    if (c.rule === 'single-unknown' || c.rule === 'single-common') {
      const evidence = nameEvidence(ctx, toks, c);
      if (evidence === 'org' || (toks[c.from - 1]?.text === '(' && orgEnds.has(`${c.sentence}:${c.from - 1}`))) orgStrong.add(key);
      else if (evidence === 'not-person') notPerson.add(key);
      // "Sony's Walkman": what an organisation owns is a product or a unit, not a person
      else if (POSSESSIVE.has(toks[c.from - 1]?.normal ?? '') && ownedByOrg(c)) notPerson.add(key);
      // a name of a known type before the word ("Republican Vandermeer") leaves it its own name, unless it is an ordinary word ("BBC Sport")
      else if (evidence === 'tail' && (c.rule === 'single-common' || !namedEnds.has(`${c.sentence}:${c.from}`))) tails.add(c);
      if (usedAsPlace(ctx, toks, c)) places.add(key);
      else if (!tails.has(c) && actsHere(ctx, toks, c, c.rule === 'single-common')) actors.add(key);
    }
    let org = /^\p{Lu}\p{Ll}+\p{Lu}/u.test(c.text) && !/^(Mc|Mac|De|Di|Du|La|Le|Van|Von)\p{Lu}\p{Ll}+$/u.test(c.text) ? 2 : 0; // NationsBank, KeyCorp (not McFarlane, DeSantis)
    let per = 0;
    const after = toks.slice(c.to, c.to + 8).map((t) => t.normal);
    const a0 = after[0] ?? '';
    const a1 = after[1] ?? '';
    if (ORG_NEXT.has(a0) || (a0 === "'s" && ORG_NEXT.has(a1))) org++;
    if (personTitles.has(a0) || personTitles.has(`${a0} ${a1}`)) org++; // "Cofinec CEO", "Petofi general manager"
    if (after.includes('it') || after.includes('its')) org++;
    if (after.some((w) => w === 'he' || w === 'she' || w === 'his' || w === 'him')) per++;
    // "Duran , 45 ,": an age in apposition.
    if (a0 === ',' && /^\d{2}$/.test(a1) && after[2] === ',') per += 2;
    // Scorecards: "c Vaas b Chandana", "Dharmasena 9-0-49-1".
    const p1 = toks[c.from - 1]?.text ?? '';
    if (ctx.sports && (p1 === 'b' || p1 === 'c' || p1 === 'st')) per += 2;
    if (ctx.sports && /^\d+-\d+-\d+-\d+$/.test(toks[c.to]?.text ?? '')) per += 2;
    const b1 = toks[c.from - 1]?.normal ?? '';
    const b2 = toks[c.from - 2]?.normal ?? '';
    if (b1 === 'of' && (personTitles.has(b2) || ORG_BEFORE_OF.has(b2))) org++;
    orgVotes.set(key, (orgVotes.get(key) ?? 0) + org);
    personVotes.set(key, (personVotes.get(key) ?? 0) + per);
  }

  // Surnames of people in this document ("MaliVai Washington" ... "Washington"): a lone country
  // or capital name that is one of them is the person.
  const surnames = new Set<string>();
  for (const c of candidates)
    if (c.type === 'Person' && c.via === 'name') {
      const words = c.text.split(/\s+/);
      if (words.length >= 2) surnames.add(surfaceKey(words[words.length - 1] ?? ''));
    }

  const out: MentionCandidate[] = [];
  for (const c of candidates) {
    if ((c.via === 'capital' || (c.type === 'Country' && c.via === 'name')) && c.to - c.from === 1 && surnames.has(surfaceKey(c.text))) {
      out.push({ ...c, type: 'Person', via: 'name', confidence: 0.6, rule: `${c.rule}>surname` });
      delete out[out.length - 1]?.entry;
      continue;
    }
    if (c.type !== 'Unknown') {
      // A single word the rules called an organisation but the document uses as a person's name.
      if (c.type === 'Organization' && c.rule === 'acronym') {
        const k = surfaceKey(c.text);
        if (known.get(k) === 'Person') continue;
      }
      out.push(c);
      continue;
    }
    const key = surfaceKey(c.text);
    if (c.text.replace(/[^\p{L}]/gu, '').length < 2) continue; // "N / A": a letter is not a name
    if (c.rule === 'single-common') {
      // An ordinary word counts only as the surname of someone named in full here, or of someone
      // who speaks or is judged ("But Black did say", "the lanky Cotton, a rising star").
      if (surnames.has(key)) out.push({ ...c, type: 'Person', confidence: 0.6, rule: `${c.rule}>surname` });
      else if (!ctx.sports && actors.has(key) && !places.has(key) && !tails.has(c)) {
        if (orgStrong.has(key) || known.get(key) === 'Organization' || orgHeadsOfNames.has(key)) out.push({ ...c, type: 'Organization', confidence: 0.45, rule: `${c.rule}>actor-org` });
        else if (!notPerson.has(key)) out.push({ ...c, type: 'Person', confidence: 0.45, rule: `${c.rule}>actor-context` });
      }
      continue;
    }
    const type = known.get(key);
    if (type) {
      out.push({ ...c, type, confidence: 0.7, rule: `${c.rule}>known` });
      continue;
    }
    if (personParts.has(key)) {
      out.push({ ...c, type: 'Person', confidence: 0.75, rule: `${c.rule}>person-part` });
      continue;
    }
    if (c.rule === 'single-unknown' && orgHeadsOfNames.has(key)) {
      out.push({ ...c, type: 'Organization', confidence: 0.6, rule: `${c.rule}>org-part` });
      continue;
    }
    const pv = personVotes.get(key) ?? 0;
    if (pv >= 2 && pv > (orgVotes.get(key) ?? 0)) {
      out.push({ ...c, type: 'Person', confidence: 0.55, rule: `${c.rule}>person-context` });
      continue;
    }
    const sPrev = ctx.sentences[c.sentence]?.tokens[c.from - 1];
    const sNext = ctx.sentences[c.sentence]?.tokens[c.to];
    const venue = (sPrev && (sPrev.normal === 'at' || sPrev.normal === 'in')) || sNext?.text === ':';
    if (ctx.sports && !venue && (c.rule === 'place-in-sports' || c.rule === 'single-unknown')) {
      out.push({ ...c, type: 'Organization', confidence: 0.5, rule: `${c.rule}>sports-team` });
      continue;
    }
    const ov = orgVotes.get(key) ?? 0;
    if (!ctx.sports && ov >= 2 && ov > (personVotes.get(key) ?? 0) && c.text.replace(/[^\p{L}]/gu, '').length >= 3) {
      out.push({ ...c, type: 'Organization', confidence: 0.55, rule: `${c.rule}>org-context` });
      continue;
    }
    // A name that speaks, owns or acts in some sentence and is never a place in the document
    // ("Nehlen said", "Kratz's claims", "Hurd has denounced", "praised Kavanaugh").
    if (c.rule === 'single-unknown' && !ctx.sports && actors.has(key) && !places.has(key) && !tails.has(c)) {
      if (orgStrong.has(key)) {
        out.push({ ...c, type: 'Organization', confidence: 0.5, rule: `${c.rule}>actor-org` });
        continue;
      }
      if (notPerson.has(key)) continue;
      const org = orgVotes.get(key) ?? 0;
      const type = org > 0 && org > (personVotes.get(key) ?? 0) ? 'Organization' : 'Person';
      out.push({ ...c, type, confidence: 0.5, rule: `${c.rule}>actor-context` });
      continue;
    }
    if (c.rule === 'lexicon-name-single' && ctx.sports && !(ctx.resources.lexicon.get(key) ?? []).includes('LastName')) {
      // A lone first name in sports news is usually a club ("Chelsea", "Kent").
      out.push({ ...c, type: 'Organization', confidence: 0.45, rule: `${c.rule}>sports-team` });
      continue;
    }
    if (c.rule === 'lexicon-name-single') {
      out.push({ ...c, type: 'Person', confidence: 0.55, rule: `${c.rule}>lexicon` });
      continue;
    }
  }

  // Capitals lines: match known surfaces (longest first) where the gazetteer found nothing.
  // Most documents have none: then the indexes below are not worth building.
  if (ctx.capsLine.some((c) => c)) matchCapsLines(ctx, out, known, personParts);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // No nesting, no overlaps: keep the earlier (and, at equal start, the longer) mention.
  const result: MentionCandidate[] = [];
  let lastEnd = -1;
  for (const c of out) {
    if (c.start < lastEnd) continue;
    result.push(c);
    lastEnd = c.end;
  }
  return result;
}

const POSSESSIVE = new Set(["'s", '\u2019s', "'", '\u2019']);

/** "in Arbil", "the town of Arbil": the word names a place here. */
function usedAsPlace(ctx: MentionContext, toks: readonly Token[], c: MentionCandidate): boolean {
  const prev = toks[c.from - 1];
  if (!prev) return false;
  const { placePrepositions, locationHeads } = ctx.resources.cues;
  // "in Trump's speech" is about the speech, not a place called Trump.
  if (placePrepositions.has(prev.normal)) return !POSSESSIVE.has(toks[c.to]?.normal ?? '');
  return prev.normal === 'of' && locationHeads.has(toks[c.from - 2]?.normal ?? '');
}

const CAPITALISED = /^\p{Lu}/u;

/** No letter or digit before token `i` of the sentence. */
function sentenceInitial(toks: readonly Token[], i: number): boolean {
  for (let p = i - 1; p >= 0; p--) if (/\p{L}|\d/u.test((toks[p] as Token).text)) return false;
  return true;
}

/**
 * What the words around an unknown single name say against taking it for a person: 'org' when
 * organisation nouns follow it or its possessive ("Oracle shares", "Deloitte's chief economic
 * advisor") or a company noun heads a noun before it or an apposition after it ("consultancy
 * Deloitte", "Varig, Brazil's flagship airline"); 'not-person' for products and works ("the drug
 * Prozac", "Flight into Danger"), creeds and group words, abstract nouns and plural nouns for
 * people at the start of a sentence ("Commentators say"); 'tail' when it ends a longer capitalised
 * name ("Christian Aid"). Constant work per mention.
 */
function nameEvidence(ctx: MentionContext, toks: readonly Token[], c: MentionCandidate): 'org' | 'not-person' | 'tail' | undefined {
  const cues = ctx.resources.cues;
  const first = toks[c.from] as Token;
  if (cues.notActors.has(first.normal) || (ctx.resources.lexicon.get(first.normal) ?? []).includes('Demonym')) return 'not-person';
  if (c.to - c.from === 1) {
    const w = first.normal;
    if (w.length >= 7 && cues.abstractSuffixes.some((s) => w.endsWith(s))) return 'not-person';
    if (w.length >= 7 && sentenceInitial(toks, c.from) && cues.agentPluralSuffixes.some((s) => w.endsWith(s))) return 'not-person';
    if (cues.groupPluralSuffixes.some((s) => w.endsWith(s))) return 'not-person';
  }
  // nouns of organisations after the name or its possessive
  let j = c.to;
  if (POSSESSIVE.has(toks[j]?.normal ?? '')) j++;
  const n1 = toks[j];
  if (n1 && n1.text === n1.normal) {
    const n2 = toks[j + 1]?.normal ?? '';
    if (cues.orgRoleNouns.has(n1.normal) || cues.orgRoleNouns.has(`${n1.normal} ${n2}`) || cues.orgRoleNouns.has(`${n1.normal} ${n2} ${toks[j + 2]?.normal ?? ''}`)) return 'org';
    // "Millwall have been charged": a single name with a plural verb is a club or a company
    if (j === c.to && cues.pluralVerbs.has(n1.normal) && !/s$/.test(first.normal)) return 'org';
    // "the Kommersant newspaper", "its Iressa drug"
    if (j === c.to && n1.pos === 'NOUN' && cues.companyNouns.has(n1.normal)) return 'org';
    if (j === c.to && n1.pos === 'NOUN' && cues.workNouns.has(n1.normal)) return 'not-person';
  }
  const b1 = toks[c.from - 1];
  if (b1 && LETTER.test(b1.text) && !cues.nameParticles.has(b1.normal)) {
    if (b1.text === b1.normal) {
      if (cues.companyNouns.has(b1.normal)) return 'org';
      // "its Iressa", "the drug Prozac": a thing's product or a work
      if (cues.workNouns.has(b1.normal) || b1.normal === 'its') return 'not-person';
      // "Madrid-based Ferrovial", "state-owned Codelco"
      const dash = b1.normal.lastIndexOf('-');
      if (cues.orgModifiers.has(dash >= 0 ? b1.normal.slice(dash + 1) : toks[c.from - 2]?.text === '-' ? b1.normal : '')) return 'org';
      const b2 = toks[c.from - 2];
      if (cues.titleLinks.has(b1.normal) && b2 && CAPITALISED.test(b2.text) && !sentenceInitial(toks, c.from - 2)) return 'not-person';
      // a noun for something other than a person describes the name ("new entry Spanglish", "analysts Ovum")
      if (b1.pos === 'NOUN' && b2?.pos !== 'DET' && !cues.personCueNouns.has(b1.normal) && !cues.personTitles.has(b1.normal) && !cues.personCueNouns.has(b1.normal.replace(/s$/, '')) && !cues.actorVerbs.has(b1.normal) && !cues.speechVerbs.has(b1.normal))
        return 'not-person';
    } else if (
      CAPITALISED.test(b1.text) &&
      (b1.pos === 'PROPN' || !sentenceInitial(toks, c.from - 1)) &&
      !cues.speechVerbs.has(b1.normal) &&
      !cues.personTitles.has(b1.normal) &&
      !cues.honorifics.has(b1.normal) &&
      !cues.personCueNouns.has(b1.normal)
    )
      return 'tail';
  }
  // an apposition headed by a company or product noun ("Varig, Brazil's flagship airline,")
  if (toks[c.to]?.text === ',') {
    let head: Token | undefined;
    for (let h = c.to + 1; h < c.to + 8; h++) {
      const t = toks[h];
      if (!t) break;
      if (t.pos === 'NOUN') head = t;
      else if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NUM' || POSSESSIVE.has(t.normal) || t.pos === 'PART')) break;
    }
    if (head && cues.companyNouns.has(head.normal)) return 'org';
    if (head && cues.workNouns.has(head.normal)) return 'not-person';
  }
  return undefined;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'all', 'other']);

/** "Automakers", "Eyewitnesses": the plural of a word the lexicon or the document knows as ordinary. */
function ordinaryPlural(ctx: MentionContext, t: Token): boolean {
  if (!t.normal.endsWith('s') || t.normal.length < 5) return false;
  for (const stem of [t.normal.slice(0, -1), t.normal.slice(0, -2)])
    if (ctx.lowerVocabulary.has(stem) || (ctx.resources.lexicon.get(stem) ?? []).some((x) => x === 'Singular' || x === 'Noun' || x === 'Actor')) return true;
  return false;
}

/**
 * The word is an actor in its sentence: a speaker ("Nehlen said"), an owner ("Kratz's claims"),
 * the subject of a verb of speech, judgement or political action ("Hurd has also denounced") or
 * its object ("praised Kavanaugh"). Capitals at the start of a sentence say nothing, so there the
 * verb must follow; a determiner before the word ("the Kurds") or a noun after it ("Moslem
 * militants") makes it a description, not a name.
 */
function actsHere(ctx: MentionContext, toks: readonly Token[], c: MentionCandidate, ordinaryWord: boolean): boolean {
  const first = toks[c.from];
  if (first?.pos !== 'PROPN' || ordinaryPlural(ctx, first)) return false;
  const prev = toks[c.from - 1];
  // "the Gianforte campaign", "the Assad regime": a noun that belongs to a person follows.
  const owned = toks[c.to];
  if (owned && owned.pos === 'NOUN' && owned.text === owned.normal && ctx.resources.cues.personOwnedNouns.has(owned.normal)) return true;
  if (prev && DETERMINERS.has(prev.normal) && prev.pos === 'DET') return false;
  const { speechVerbs, actorVerbs, cognitionVerbs } = ctx.resources.cues;
  const next = toks[c.to];
  if (next === undefined) return false;
  if (POSSESSIVE.has(next.normal)) {
    const owned = toks[c.to + 1];
    return owned !== undefined && (owned.pos === 'NOUN' || owned.pos === 'ADJ');
  }
  // the verb after adverbs and auxiliaries ("has also denounced", "did not praise"), past a
  // second name joined by "and" ("Sharrouf and Elomar also tweeted") or an aside between commas
  // ("Tam, incidentally, has criticized")
  let k = c.to;
  if (next.normal === 'and' && toks[k + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) {
    k += 2;
    while (toks[k]?.pos === 'PROPN') k++;
  } else if (next.text === ',' && toks[k + 1]?.pos === 'ADV' && toks[k + 2]?.text === ',') k += 3;
  let aside = false;
  if (k === c.to && next.text === ',' && (toks[k + 1]?.pos === 'ADP' || toks[k + 1]?.pos === 'ADV')) {
    // a longer aside opened by a preposition or an adverb ("Nehlen, in a narrowly crafted
    // announcement Friday, praised"): up to ten words of its own, no clause of its own
    for (let e = k + 2; e < k + 12 && toks[e]; e++) {
      const w = toks[e] as Token;
      if (w.text === ',') {
        k = e + 1;
        aside = true;
        break;
      }
      if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'PRON' || speechVerbs.has(w.normal)) break;
    }
  }
  const v0 = aside ? k : c.to;
  while (k < v0 + 4 && (toks[k]?.pos === 'ADV' || toks[k]?.pos === 'AUX' || toks[k]?.normal === 'not' || toks[k]?.normal === "n't")) k++;
  const verb = toks[k];
  if (verb && speechVerbs.has(verb.normal)) return true;
  // "Houser himself has been": only people are themselves.
  if (next.normal === 'himself' || next.normal === 'herself') return true;
  // "Chechens start talks", "Automakers petitioned": plural words are groups unless they speak or own.
  if (/[^su]s$/.test(first.normal)) return false;
  if (verb && (actorVerbs.has(verb.normal) || cognitionVerbs.has(verb.normal)) && verb.pos === 'VERB') return true;
  // past a long aside only those verbs count ("Qatargas-2, on Monday, taking" is no subject)
  if (aside) return false;
  // "Palin, who reportedly has ...": a relative clause about a person; "Swanson, a mental health
  // expert": an apposition headed by a noun for a person.
  if (next.text === ',') {
    const w = toks[c.to + 1];
    if (w?.normal === 'who' || w?.normal === 'whose') return true;
    if (w?.pos === 'DET') {
      let h = c.to + 2;
      while (h < c.to + 7 && (toks[h]?.pos === 'ADJ' || toks[h]?.pos === 'NOUN' || toks[h]?.pos === 'PROPN') && toks[h + 1] && (toks[h + 1]?.pos === 'ADJ' || toks[h + 1]?.pos === 'NOUN' || toks[h + 1]?.pos === 'PROPN')) h++;
      const head = toks[h];
      const { personCueNouns, personTitles } = ctx.resources.cues;
      if (head && head.pos === 'NOUN' && (personCueNouns.has(head.normal) || personTitles.has(head.normal))) return true;
    }
  }
  let initial = true;
  for (let p = c.from - 1; p >= 0 && initial; p--) if (/\p{L}|\d/u.test((toks[p] as Token).text)) initial = false;
  // At the start of a sentence, the subject of a verb (or of a copula before an adjective) that a
  // personal pronoun takes up later in the sentence ("Posner has been clear that he views",
  // "Hubbard originally faced 23 charges, all of which accused him of using his office").
  if (initial && !ordinaryWord && (verb?.pos === 'VERB' || (verb?.pos === 'ADJ' && k > c.to && toks[k - 1]?.pos === 'AUX')) && personPronounAfter(toks, k + 1)) return true;
  // ... or of a verb that gives it a person's role ("Crump gained national attention as the lawyer
  // for", "Aldwin served as an adviser")
  if (initial && !ordinaryWord && verb?.pos === 'VERB' && asPersonRole(ctx, toks, k + 1)) return true;
  // An ordinary word ("Black", "Post") needs more than a verb around it.
  if (initial || ordinaryWord) return false;
  // Mid-sentence, a capitalised subject of any verb ("since Claypool is representing"), or of a
  // copula before an adjective ("that Aumann had been incompetent").
  if (verb?.pos === 'VERB' || (verb?.pos === 'ADJ' && k > c.to && toks[k - 1]?.pos === 'AUX')) return true;
  // the object of such a verb ("praised Welkerson"; "who shot Chatman", where the tagger may call the verb a noun)
  if (!prev || !actorVerbs.has(prev.normal) || !(prev.pos === 'VERB' || toks[c.from - 2]?.pos === 'PRON')) return false;
  return !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM');
}

/** "as the lawyer", "as a senior adviser" within a few words from token `i`, before any punctuation. */
function asPersonRole(ctx: MentionContext, toks: readonly Token[], i: number): boolean {
  const { personCueNouns, personTitles } = ctx.resources.cues;
  for (let p = i; p < toks.length && p < i + 6; p++) {
    const t = toks[p] as Token;
    if (t.pos === 'PUNCT') return false;
    if (t.normal !== 'as') continue;
    let head: Token | undefined;
    for (let h = p + 1; h < p + 6 && toks[h]; h++) {
      const w = toks[h] as Token;
      if (w.pos === 'NOUN') head = w;
      else if (!(w.pos === 'DET' || w.pos === 'ADJ')) break;
    }
    return head !== undefined && (personCueNouns.has(head.normal) || personTitles.has(head.normal));
  }
  return false;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'him', 'himself', 'herself']);

/** A personal pronoun of the third person singular from token `i` on (at most 40 tokens), before any "it" or "its". */
function personPronounAfter(toks: readonly Token[], i: number): boolean {
  for (let p = i; p < toks.length && p < i + 40; p++) {
    const w = (toks[p] as Token).normal;
    if (PERSON_PRONOUNS.has(w)) return true;
    if (w === 'it' || w === 'its') return false;
  }
  return false;
}

/** Names in capitals lines (headlines, tables) found by the surfaces the body used; appends to `out`. */
function matchCapsLines(
  ctx: MentionContext,
  out: MentionCandidate[],
  known: ReadonlyMap<string, EntityType>,
  personParts: ReadonlyMap<string, number>,
): void {
  const knownFirst = new Set<string>();
  for (const k of known.keys()) knownFirst.add(k.split(' ')[0] ?? k);
  const taken = new Set(out.map((c) => `${c.sentence}:${c.from}`));
  const covered = new Map<number, boolean[]>();
  for (const c of out) {
    const arr = covered.get(c.sentence) ?? [];
    for (let k = c.from; k < c.to; k++) arr[k] = true;
    covered.set(c.sentence, arr);
  }
  ctx.sentences.forEach((s, sIdx) => {
    if (!ctx.capsLine[sIdx]) return;
    const cov = covered.get(sIdx) ?? [];
    const toks = s.tokens;
    let i = 0;
    while (i < toks.length) {
      if (cov[i] || !LETTER.test((toks[i] as Token).text) || taken.has(`${sIdx}:${i}`)) {
        i++;
        continue;
      }
      let matched = 0;
      let type: EntityType | undefined;
      // Cheap pre-check: only words that start a known surface (or are a person's name part).
      const firstKey = surfaceKey((toks[i] as Token).text);
      const maxLen = knownFirst.has(firstKey) ? Math.min(5, toks.length - i) : personParts.has(firstKey) ? 1 : 0;
      for (let len = maxLen; len >= 1; len--) {
        let ok = true;
        for (let k = i; k < i + len; k++) if (cov[k]) ok = false;
        if (!ok) continue;
        const first = toks[i] as Token;
        const last = toks[i + len - 1] as Token;
        const key = surfaceKey(ctx.text.slice(first.start, last.end));
        if (!LETTER.test(last.text)) continue;
        const t = known.get(key) ?? (len === 1 && personParts.has(key) ? 'Person' : undefined);
        if (t) {
          matched = len;
          type = t;
          break;
        }
      }
      if (matched === 0) {
        const a = toks[i] as Token;
        const b = toks[i + 1];
        const aTags = ctx.resources.lexicon.get(a.normal) ?? [];
        // "ROBERTO DURAN": a first name and another name-like word.
        if (b && !cov[i + 1] && LETTER.test(b.text) && aTags.some((t) => FIRST_NAMES.has(t)) && !ctx.resources.cues.notNames.has(b.normal)) {
          const bTags = ctx.resources.lexicon.get(b.normal) ?? [];
          if (bTags.length === 0 || bTags.some((t) => NAMEY.has(t))) {
            matched = 2;
            type = 'Person';
          }
        }
        if (matched === 0 && ctx.sports) {
          // "SAN DIEGO 75 60", "BOSTON AT OAKLAND": cities in sports tables are teams.
          const next = (n: number) => toks[i + n];
          const dateline = (n: number) => i === 0 && /^\d{4}-\d\d-\d\d$/.test(next(n)?.text ?? '');
          for (const len of [2, 1]) {
            if (i + len > toks.length || cov[i + len - 1]) continue;
            const key = toks.slice(i, i + len).map((t) => t.normal).join(' ');
            const tags = ctx.resources.lexicon.get(key) ?? [];
            if (tags.some((t) => t === 'City' || t === 'Region' || t === 'SportsTeam') && !dateline(len)) {
              matched = len;
              type = 'Organization';
              break;
            }
          }
        }
      }
      // Datelines ("DETROIT 1996-08-30") name places, whatever the body calls them.
      if (matched > 0 && i === 0 && /^\d{4}-\d\d-\d\d$/.test(toks[i + matched]?.text ?? '')) matched = 0;
      if (matched > 0 && type) {
        const first = toks[i] as Token;
        const last = toks[i + matched - 1] as Token;
        out.push({
          sentence: sIdx,
          from: i,
          to: i + matched,
          start: first.start,
          end: last.end,
          text: ctx.text.slice(first.start, last.end),
          type,
          via: 'name',
          confidence: 0.65,
          rule: 'caps-known',
        });
        i += matched;
      } else i++;
    }
  });
}
