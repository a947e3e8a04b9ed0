import type { Quad, StanceRelation } from '@newsgraph/schemas';
import type { AnalyzedDocument, ResolvedMention, Token } from '../types.js';
import {
  loadStanceLexicon,
  OBJECT_CONTROL_VERBS,
  type StanceLexicon,
  type Trigger,
} from './lexicon.js';
import {
  buildSentenceView,
  mentionsBySentence,
  withDefiniteAgents,
  type SentenceView,
} from './sentence-view.js';

/*
 * Stance rules over wink-nlp tokens, without a dependency parser. For each trigger (a verb, noun
 * or adjective of the lexicon) the rules look left for the agent (the subject, crossing
 * auxiliaries, adverbs, control verbs and appositions) and right for the patient (the object or
 * the trigger's preposition), then apply voice (passive "by"), negation, modality and
 * attribution (speech verbs, "according to"). See README.md for the taxonomy and scales.
 */

/** Where an argument was found, so modality/negation can read the tokens in between. */
interface Arg {
  ids: string[];
  /** Token index of the argument's head mention (or pronoun). */
  at: number;
  /** The subject was a pronoun ("he said it will …"), to be resolved by the caller. */
  pronoun?: boolean;
}

interface Candidate {
  sources: string[];
  targets: string[];
  trigger: Trigger;
  /** Token range whose words decide negation and modality. */
  scopeFrom: number;
  scopeTo: number;
  triggerAt: number;
  reciprocal: boolean;
  confidence: number;
  /** Refusal ("refused to back") already decided. */
  negated?: boolean;
  /** A subject pronoun stood for the source. */
  pronounSource?: number;
  /** Evaluation rules already fixed the polarity. */
  polarity?: 1 | -1;
}

/** Speech verbs that take an addressee before their "that" clause ("told reporters that"). */
const ADDRESSEE_VERBS = new Set([
  'tell',
  'warn',
  'remind',
  'assure',
  'inform',
  'advise',
  'caution',
]);

const SAY_VERBS = new Set([
  'say',
  'tell',
  'write',
  'tweet',
  'add',
  'argue',
  'insist',
  'claim',
  'contend',
  'declare',
  'state',
  'complain',
  'lament',
  'warn',
  'note',
  'post',
  'grumble',
  'bemoan',
  'worry',
  'regret',
  'suggest',
  'charge',
]);
/** Speech verbs that carry a negative evaluation of what they report ("lamented that Y …"). */
const NEGATIVE_SAY_VERBS = new Set([
  'complain',
  'lament',
  'grumble',
  'bemoan',
  'worry',
  'regret',
  'charge',
]);
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow tonight'.split(
    ' ',
  ),
);
/** Lower-case titles that head a person's NP ("FBI director James Comey", "the Israeli leader"). */
const PERSON_TITLES = new Set(
  'director president leader minister chief secretary spokesman spokeswoman ambassador chairman chairwoman head founder aide adviser advisor senator governor mayor premier chancellor general commander envoy official candidate nominee host anchor coach'.split(
    ' ',
  ),
);
/**
 * Roles that, like titles, sit between a name that only modifies them and the person's name
 * ("Chelsea striker Didier Drogba", "LSE boss Clara Furse"), but stand for no state or team on
 * their own ("a Spanish manager" is no antecedent of "him").
 */
const ROLE_NOUNS = new Set(
  'manager boss captain skipper striker midfielder defender goalkeeper keeper winger quarterback pitcher batsman bowler lawmaker congressman congresswoman executive lawyer attorney prosecutor spokesperson'.split(
    ' ',
  ),
);
const isTitleWord = (w: string): boolean => PERSON_TITLES.has(w) || ROLE_NOUNS.has(w);
/** Infinitives of "called on Y to …" that ask Y to cease or undo something: a demand on Y. */
const CESSATION_VERBS = new Set(
  'stop end halt cease refrain desist withdraw release free lift drop abandon renounce reverse retract rescind revoke repeal scrap resign quit apologize apologise curb rein comply respect honor honour abide relinquish surrender disarm dismantle revert reconsider rethink overturn'.split(
    ' ',
  ),
);
/** Particles after "charge" that make it a movement, not an accusation ("charged down"). */
const MOVEMENT_PARTICLES = new Set(
  'down over up in into at off forward ahead through past across toward towards'.split(' '),
);
/** Words that make a reciprocal conflict verb a joint act ("fought together", "side by side"). */
const JOINTLY = new Set(['together', 'jointly', 'alongside', 'side']);
/** Objects that name the fight itself, not a third party ("X and Y fought a war"). */
const INTERNAL_OBJECTS = new Set(['war', 'battle', 'duel', 'fight', 'bout', 'match', 'contest']);
/** Adverbs of degree that may sit inside a verb phrase of the lexicon ("work very closely"). */
const DEGREE_ADVERBS = new Set([
  'very',
  'so',
  'too',
  'more',
  'most',
  'really',
  'extremely',
  'even',
]);
/** Conjunctions whose clause's subject a threat or warning is aimed at ("… if Y goes ahead"). */
const CONDITION_OPENERS = new Set(['if', 'unless']);
/** Predicates of likelihood before an infinitive ("is unlikely to be charged"). */
/** Nouns whose "of" names their holder, for verbs that take only a direct object. */
const RIGHT_NOUNS = new Set(['right', 'rights']);

const PREDICTIONS = new Set(['likely', 'unlikely', 'expected']);
/** Nouns of degree that may follow a verb without being its object ("respects a great deal"). */
const DEGREE_NOUNS = new Set(['amount', 'lot', 'deal', 'bit']);
/** Heads of relative clauses that say when, where or how, not whom ("the day X attacked"). */
const RELATIVE_ADVERBIAL_NOUNS = new Set(
  'day days time times year years moment week month night way place morning evening reason'.split(
    ' ',
  ),
);
/** Prepositions that open a fronted gerund adjunct ("In refusing Y's request, X …"). */
const FRONTED_ADJUNCT_PREPS = new Set([
  'in',
  'by',
  'after',
  'before',
  'while',
  'when',
  'since',
  'on',
  'upon',
]);
/** Verbs after which a reported clause opens ("many believe its data cannot be trusted"). */
const CLAUSE_OPENING_VERBS = new Set([...SAY_VERBS, 'believe', 'think', 'fear', 'feel', 'reckon']);
/** Prepositions of place: a relative clause after "N in Y" belongs to N. */
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout']);
/** Verbs of comment whose refusal withholds a reply and rejects no one ("declined to comment on Y"). */
const COMMENT_VERBS = new Set(
  'comment respond reply answer say speak talk discuss elaborate specify disclose confirm explain address'.split(
    ' ',
  ),
);
/** Abbreviated titles before a name ("Rep. Y", "Sen. Y"). */
const TITLE_ABBREVIATIONS = new Set([
  'rep',
  'sen',
  'gov',
  'gen',
  'dr',
  'mr',
  'mrs',
  'ms',
  'lt',
  'col',
  'adm',
  'pres',
]);
/** Demonstratives wink may tag PRON inside an NP ("of this divided island"). */
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);
/** Particles of phrasal light verbs ("step up", "hold out", "lay out"). */
const PARTICLES = new Set(['up', 'out', 'down', 'off']);
/** Prepositions whose gerund is done by the subject of the verb before ("met Y before praising Z"). */
const GERUND_ADJUNCT_PREPS = new Set([
  'by',
  'while',
  'without',
  'before',
  'after',
  'since',
  'despite',
  'upon',
]);
/** "not just / only / merely …": the negation focuses a first conjunct ("… but also …"). */
const NOT_FOCUS = new Set(['just', 'only', 'merely', 'simply', 'solely']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'it', 'me']);
const MODALS = new Set([
  'may',
  'might',
  'could',
  'will',
  'would',
  'shall',
  'should',
  'must',
  'can',
  "'ll",
]);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '``', "''", '«', '»']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’', 's']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
const OBJECT_CONTROL = OBJECT_CONTROL_VERBS;
const FLIP_QUAD: Record<Quad, Quad> = {
  verbal_cooperation: 'verbal_conflict',
  material_cooperation: 'material_conflict',
  verbal_conflict: 'verbal_cooperation',
  material_conflict: 'material_cooperation',
};
const PARTICIPLE_IRREGULAR = new Set([
  'hit',
  'struck',
  'shot',
  'beaten',
  'beat',
  'given',
  'sent',
  'held',
  'won',
  'cut',
  'broken',
  'frozen',
  'seen',
  'taken',
  'thrown',
  'fought',
  'caught',
  'slain',
  'led',
  'bought',
  'brought',
  'dealt',
  'met',
  'paid',
  'told',
  'sold',
  'left',
  'kept',
  'made',
  'put',
  'set',
  'shown',
  'spoken',
  'stolen',
  'withdrawn',
]);

/**
 * STANCE relations the text states between resolved entities. Pure.
 * Evidence is the sentence; `segment` is the sentence's segment.
 */
export function extractStances(
  doc: AnalyzedDocument,
  lexicon: StanceLexicon = loadStanceLexicon(),
): StanceRelation[] {
  const out: StanceRelation[] = [];
  const seen = new Set<string>();
  const bySentence = mentionsBySentence(doc);
  for (const sentence of doc.sentences) {
    const mentions = bySentence.get(sentence.index);
    // Every id a rule emits is an entity mentioned in the sentence itself (a pronoun stands for
    // a subject of the same sentence, never an earlier one) and no relation links an entity to
    // itself, so a sentence naming fewer than two entities yields nothing. Most sentences are
    // settled from the mentions alone, before the token view is built (the view only drops
    // mentions, so it can only lower the count).
    if (!mentions || !twoEntities(mentions)) continue;
    const view = buildSentenceView(sentence, withDefiniteAgents(sentence, mentions));
    if (!twoEntities(view.mentions)) continue;
    const rules = new SentenceRules(view, lexicon);
    for (const rel of rules.run()) {
      const k = `${rel.source}|${rel.target}|${rel.kind}|${rel.polarity}|${rel.evidence.start}|${rel.attributedTo.join(',')}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(rel);
    }
  }
  return out;
}

/** Do the mentions name at least two distinct entities? */
function twoEntities(mentions: readonly ResolvedMention[]): boolean {
  const first = mentions[0]?.entityId;
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.entityId !== first) return true;
  return false;
}

/** What the rules read of a token's words, derived once per distinct (normal, lemma) form. */
interface TokenWords {
  /** The tokenizer's lemma this entry was derived from. */
  lemmaIn: string;
  lemma: string;
  /** Normal form with curly apostrophes straightened. */
  norm: string;
  /** Could the token start a trigger ({@link StanceLexicon.mayTrigger})? */
  may: boolean;
}

/**
 * Per lexicon, the words of each normal form seen so far: the same form always yields the same
 * lemma and trigger test, and a news corpus repeats a few thousand forms, so deriving them once
 * saves a lower-casing, a regex and up to eight look-ups per token. Bounded like `lemmaOf`.
 */
const wordsCache = new WeakMap<StanceLexicon, Map<string, TokenWords>>();

function deriveWords(t: Token, lex: StanceLexicon): TokenWords {
  const l = t.lemma.toLowerCase();
  const lemma = l !== t.normal ? l : lex.lemmaOf(t.normal);
  // Curly apostrophes ("wouldn’t", "Russia’s") read like straight ones.
  const norm = t.normal.replace(/’/g, "'");
  return { lemmaIn: t.lemma, lemma, norm, may: lex.mayTrigger(lemma, norm) };
}

function tokenWords(t: Token, lex: StanceLexicon, cache: Map<string, TokenWords>): TokenWords {
  const hit = cache.get(t.normal);
  if (hit !== undefined && hit.lemmaIn === t.lemma) return hit;
  const w = deriveWords(t, lex);
  // A form whose tokenizer lemma differs from the cached one ("saw" as see/saw) is derived
  // afresh each time rather than thrashing the entry.
  if (hit === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(t.normal, w);
  }
  return w;
}

/** Words of an amount of money or goods before "in/of" and a noun ("$5 million in aid"). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(
  'million billion trillion thousand hundred dollars euros pounds yen yuan rupees tons tonnes worth $ € £'.split(
    ' ',
  ),
);

class SentenceRules {
  private readonly toks: Token[];
  private readonly lex: StanceLexicon;
  private readonly view: SentenceView;
  private readonly n: number;

  constructor(view: SentenceView, lex: StanceLexicon) {
    this.view = view;
    this.toks = view.tokens;
    this.lex = lex;
    this.n = view.tokens.length;
    let cache = wordsCache.get(lex);
    if (!cache) wordsCache.set(lex, (cache = new Map<string, TokenWords>()));
    this.cache = cache;
    // Filled on first use: tokens inside mentions are rarely read, so most are never derived.
    this.words = new Array<TokenWords | undefined>(this.n);
  }

  run(): StanceRelation[] {
    const cands: Candidate[] = [];
    // Speech verbs for speakerEvaluations, noted in this pass so it need not scan the tokens again.
    const sayAt: number[] = [];
    for (let i = 0; i < this.n; i++) {
      if (this.isMention(i)) continue;
      const w = this.wordsAt(i);
      if (w === undefined) continue;
      if (this.toks[i]!.pos === 'VERB' && SAY_VERBS.has(w.lemma) && this.speaks(i)) sayAt.push(i);
      else if (w.norm === 'according' && this.norm(i + 1) === 'to') sayAt.push(i);
      else if (w.norm === ':' && this.isByline(i)) sayAt.push(i);
      if (!w.may) continue;
      const t = this.toks[i]!;
      const lemma = this.lemma(i);
      let c: Candidate[] = [];
      if (this.lex.cues.evaluationVerbs.has(lemma) && (t.pos === 'VERB' || this.adjParticiple(i)))
        c = this.evaluationCall(i);
      if (c.length === 0 && this.lex.cues.speech.has(lemma) && this.isSpeechVerb(i))
        c = this.reportedEvaluation(i);
      if (c.length === 0 && t.pos === 'VERB' && OBJECT_CONTROL.has(lemma))
        c = this.cessationDemand(i);
      if (c.length === 0) {
        const verb = this.verbTrigger(i);
        if (verb) c = this.fromVerb(i, verb);
      }
      if (c.length === 0) {
        const noun = this.nounTrigger(i);
        if (noun) c = this.fromNoun(i, noun);
      }
      if (c.length === 0) {
        const adj = this.adjTrigger(i);
        if (adj) c = this.fromAdjective(i, adj);
      }
      cands.push(...c);
    }
    const rels = cands.flatMap((c) => this.finish(c));
    // A speaker's overall evaluation of someone named in their words, only where no rule found a
    // relation between the two: weaker evidence, lower confidence.
    for (const r of this.speakerEvaluations(sayAt)) {
      if (
        !rels.some(
          (x) =>
            (x.source === r.source && x.target === r.target) ||
            (x.source === r.target && x.target === r.source),
        )
      )
        rels.push(r);
    }
    return rels;
  }

  /**
   * Does the speech verb at `i` name a speaker? Not in the passive ("had been charged with …",
   * "was told that …"), nor "charge" with a particle of movement ("charged over the line").
   */
  private speaks(i: number): boolean {
    if (this.isPassive(i)) return false;
    return this.lemma(i) !== 'charge' || !MOVEMENT_PARTICLES.has(this.norm(i + 1));
  }

  /**
   * "…, X said" / "X said …" with a clearly evaluative complement naming Y → X → Y with the
   * complement's valence sign (AFINN-165 + news additions, negation flips, |sum| ≥ 3).
   */
  private speakerEvaluations(sayAt: readonly number[]): StanceRelation[] {
    const out: StanceRelation[] = [];
    for (const i of sayAt) {
      // Trailing: "<complement>, X said." / "<complement>," said X.
      let speaker: Arg | undefined;
      let from = 0;
      let to = 0;
      let before = this.isMention(i - 1) ? this.firstOf(i - 1) - 1 : i - 1;
      // "…, EU ally says", "…, the Kremlin spokesman said": a short speaker NP naming someone.
      let named: Arg | undefined;
      if (!this.isMention(i - 1) && this.pos(i - 1) === 'NOUN') {
        let b = i - 1;
        while (
          b >= 0 &&
          i - b <= 5 &&
          (this.isMention(b) || ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(this.pos(b)))
        )
          b = this.isMention(b) ? this.firstOf(b) - 1 : b - 1;
        const m = this.lastMentionIn(b + 1, i);
        // "an Italian newspaper said": a demonym modifies the speaker, it does not name it.
        const demonym =
          m !== undefined && this.view.mentions[this.mentionIndex(m)]?.via === 'demonym';
        if (m !== undefined && !demonym && (this.isComma(b) || this.isQuote(b))) {
          before = b;
          named = { ids: [this.entityAt(m)!], at: this.firstOf(m) };
        }
      }
      // "Y is a corrupt leader, according to X" / "According to X, Y is …": judged clauses only.
      const according = this.norm(i) === 'according';
      if (this.norm(i) === ':') {
        // A column's headline and its author's byline ("Y's ban is a disgrace Jane Doe:").
        speaker = { ids: [this.entityAt(i - 1)!], at: this.firstOf(i - 1) };
        from = 0;
        to = this.firstOf(i - 1);
      } else if (according) {
        let m = i + 2;
        while (m < i + 7 && !this.isMention(m) && this.isNpModifier(m)) m++;
        if (!this.isMention(m)) continue;
        const head = this.headRight(m);
        named = speaker = { ids: [this.entityAt(head)!], at: m };
        // Only a source that closes or opens the sentence covers the whole clause.
        if (this.isComma(i - 1)) {
          let e = this.lastOf(head) + 1;
          while (e < this.n && this.isQuote(e)) e++;
          if (e < this.n - 1 || (e < this.n && !this.isHardBreak(e))) continue;
          from = 0;
          to = i - 1;
        } else {
          if (i > 0 && !this.isQuote(i - 1)) continue;
          const c = this.lastOf(head) + 1;
          if (!this.isComma(c)) continue;
          from = c + 1;
          to = Math.min(this.n, from + 40);
        }
      } else if (
        this.isComma(before) ||
        this.isQuote(before) ||
        (this.isQuote(before - 1) && this.isComma(before))
      ) {
        // "…, said X" names the speaker after the verb; "…, X told Y" names the addressee there.
        const after = this.lemma(i) === 'tell' ? undefined : this.speakerAfter(i);
        speaker = this.isMention(i - 1)
          ? { ids: [this.entityAt(i - 1)!], at: i - 1 }
          : (named ?? after);
        from = 0;
        to = before;
      } else {
        speaker = this.subjectLeft(i);
        from = i + 1;
        // The complement runs to the sentence end, but never further than 40 tokens, so a
        // run-on "sentence" (a table, a list) stays linear.
        to = Math.min(this.n, i + 41);
      }
      if (to - from > 40) from = to - 40;
      if (!speaker || speaker.pronoun || speaker.ids.length === 0) continue;
      let target: number | undefined;
      let judged = 0;
      // "'There was no one better than Y,' said X".
      const top = this.superiorityIn(from, to);
      if (top && !speaker.ids.includes(this.entityAt(top.at)!)) {
        target = top.at;
        judged = top.v;
      }
      for (let k = from; k < to && target === undefined; k++) {
        // The one the words are about: a mention in subject position, not inside a
        // prepositional phrase ("… of the World Trade Organization") or as a modifier of a thing
        // (unless the thing is Y's act that the clause judges: "a Y retreat would damage …").
        if (
          this.isMention(k) &&
          !speaker.ids.includes(this.entityAt(k)!) &&
          this.prepBefore(k) === undefined
        ) {
          // "Y's data cannot be trusted, X says": the predicate of the clause Y heads judges Y.
          judged = from < i || according ? this.subjectEvaluation(k) : 0;
          if (!judged && this.isThingModifier(k)) {
            k = this.lastOf(k);
            continue;
          }
          target = k;
          break;
        }
      }
      // "…, and many believe its data cannot be trusted, X says": a possessive pronoun opening
      // the judged clause stands for the nearest earlier state or organisation.
      if (target === undefined && from < i) {
        for (let k = from; k < to; k++) {
          if (this.norm(k) !== 'its' || this.pos(k) !== 'PRON') continue;
          const ref = this.nearestNonPerson(k);
          if (ref === undefined || speaker.ids.includes(this.entityAt(ref)!)) break;
          judged = this.subjectEvaluation(k);
          if (judged) target = ref;
          break;
        }
      }
      if (target === undefined) continue;
      // A complaining verb counts as one negative evaluative word of its own.
      const own = NEGATIVE_SAY_VERBS.has(this.lemma(i)) && from > i ? -3 : 0;
      // Quoted words weigh double only when the named one is the subject, not the possessor of
      // what is described ("Putin's alleged 'illegitimate daughter' is working …").
      const possessor = this.isPossessiveMark(this.lastOf(target) + 1);
      const v = judged || this.valenceIn(from, to, own ? 1 : 2, !possessor) + own;
      if (!judged && Math.abs(v) < 4 && !(own && v <= -3)) continue;
      // A speaker known only through a modifier of the speaking NP ("…, EU ally says") is taken
      // for the clause's own judgement only, not for a tally of the words around it.
      if (!judged && speaker === named) continue;
      const trig = this.evalTrigger(v);
      const evidence = { start: this.view.sentence.start, end: this.view.sentence.end };
      for (const s of speaker.ids)
        out.push({
          type: 'STANCE',
          source: s,
          target: this.entityAt(target)!,
          polarity: v > 0 ? 1 : -1,
          quad: trig.quad,
          kind: trig.kind,
          intensity: trig.intensity,
          evidence,
          negated: false,
          modality: null,
          attributedTo: [],
          confidence: 0.4,
          segment: this.view.sentence.segment,
        });
    }
    return out;
  }

  /**
   * Is the colon at `i` a byline's: the sentence ends with a person's name and a colon, right
   * after headline words (no comma, preposition, verb or determiner before the name, which
   * would make the name part of the clause: "praised Y to Jane Doe:")?
   */
  private isByline(i: number): boolean {
    let e = i + 1;
    while (e < this.n && this.isQuote(e)) e++;
    if (e < this.n || !this.isMention(i - 1)) return false;
    if (this.view.mentions[this.mentionIndex(i - 1)]?.type !== 'Person') return false;
    const b = this.firstOf(i - 1) - 1;
    if (b < 3 || this.isMention(b)) return false;
    const p = this.pos(b);
    return p === 'NOUN' || p === 'ADJ' || (p === 'PROPN' && !/^[A-Z]/.test(this.toks[b]!.text));
  }

  // ---- token helpers -------------------------------------------------------------------

  private readonly cache: Map<string, TokenWords>;
  /** Per token index, its derived words once read. */
  private readonly words: (TokenWords | undefined)[];

  private wordsAt(i: number): TokenWords | undefined {
    const t = this.toks[i];
    if (t === undefined) return undefined;
    return (this.words[i] ??= tokenWords(t, this.lex, this.cache));
  }
  /** The token's lemma; computed here when the tokenizer passed the normal form through. */
  private lemma(i: number): string {
    return this.wordsAt(i)?.lemma ?? '';
  }
  /** The normal form with curly apostrophes straightened. */
  private norm(i: number): string {
    return this.wordsAt(i)?.norm ?? '';
  }
  private pos(i: number): string {
    return this.toks[i]?.pos ?? '';
  }
  private isMention(i: number): boolean {
    return (this.view.mentionAt[i] ?? -1) >= 0;
  }
  private mentionIndex(i: number): number {
    return this.view.mentionAt[i] ?? -1;
  }
  private entityAt(i: number): string | undefined {
    const m = this.mentionIndex(i);
    return m >= 0 ? this.view.mentions[m]?.entityId : undefined;
  }
  private firstOf(i: number): number {
    const m = this.mentionIndex(i);
    return m >= 0 ? (this.view.mentionTokens[m]?.first ?? i) : i;
  }
  private lastOf(i: number): number {
    const m = this.mentionIndex(i);
    return m >= 0 ? (this.view.mentionTokens[m]?.last ?? i) : i;
  }
  private isQuote(i: number): boolean {
    return QUOTES.has(this.toks[i]?.text ?? '');
  }
  private isPossessiveMark(i: number): boolean {
    const t = this.toks[i];
    if (!t) return false;
    if (t.pos === 'PART') return POSSESSIVE.has(t.normal.replace(/^[’']/, "'"));
    // "Republicans' criticism": wink tags a plural's bare apostrophe as punctuation. It is a
    // possessive when glued to a word ending in s and followed by a word (not a closing quote).
    const prev = this.toks[i - 1];
    const next = this.toks[i + 1];
    return (
      (t.text === "'" || t.text === '’') &&
      !!prev &&
      !!next &&
      prev.end === t.start &&
      next.start > t.end &&
      /s$/i.test(prev.text) &&
      /^[\p{L}\p{N}]/u.test(next.text) &&
      !this.singleQuoteOpensBefore(i)
    );
  }
  /** A single quote opened within the few tokens before `i` ("called them 'liars' and …"). */
  private singleQuoteOpensBefore(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const x = this.toks[k]!.text;
      if (x === "'" || x === '‘' || x === '’') return true;
    }
    return false;
  }
  private isComma(i: number): boolean {
    return this.toks[i]?.text === ',';
  }
  /** Hard clause breaks: ; : dashes, brackets, and subordinators. */
  private isHardBreak(i: number): boolean {
    const t = this.toks[i];
    if (!t) return true;
    if (t.pos === 'PUNCT' && !QUOTES.has(t.text) && t.text !== ',' && !this.isWordHyphen(i))
      return true;
    if (t.pos === 'SCONJ') return true;
    return this.lex.cues.clauseBreakers.has(t.normal) && t.pos !== 'ADV' && t.pos !== 'ADJ';
  }

  /** A copula tagged AUX that is the clause's main verb ("is a Republican"), not an auxiliary. */
  private isCopulaAux(k: number): boolean {
    if (this.pos(k) !== 'AUX' || !this.lex.cues.copulas.has(this.lemma(k))) return false;
    let n = k + 1;
    while (this.pos(n) === 'ADV' || this.pos(n) === 'PART') n++;
    return this.pos(n) !== 'VERB' && this.pos(n) !== 'AUX';
  }

  /** Is there an auxiliary right before `v` (adverbs aside)? */
  private auxBefore(v: number): boolean {
    let a = v - 1;
    while (this.pos(a) === 'ADV') a--;
    return this.pos(a) === 'AUX';
  }

  /**
   * Where a predicate's words that start at `from` end: before `limit`, a hard break, a comma, a
   * conjunction or (with `atVerb`) the next verb.
   */
  private phraseEnd(from: number, limit: number, atVerb: boolean): number {
    let end = from;
    while (
      end < this.n &&
      end < limit &&
      !this.isHardBreak(end) &&
      !this.isComma(end) &&
      this.pos(end) !== 'CCONJ' &&
      !(atVerb && this.pos(end) === 'VERB')
    )
      end++;
    return end;
  }

  /** A part of a hyphenated word ("on-court", "long-time"): the hyphen or a word it joins. */
  private inHyphenated(i: number): boolean {
    return this.isWordHyphen(i) || this.isWordHyphen(i + 1) || this.isWordHyphen(i - 1);
  }

  /** A dash between clauses or around an aside (" - ", " — ", " – "), not a hyphen inside a word. */
  private isClauseDash(i: number): boolean {
    const t = this.toks[i]?.text;
    return (t === '-' || t === '—' || t === '–') && !this.isWordHyphen(i);
  }

  /** A hyphen inside a word ("day-old", "war-torn"), as opposed to a dash between clauses. */
  private isWordHyphen(i: number): boolean {
    const t = this.toks[i];
    const prev = this.toks[i - 1];
    const next = this.toks[i + 1];
    return (
      !!t && !!prev && !!next && t.text === '-' && prev.end === t.start && next.start === t.end
    );
  }

  // ---- triggers --------------------------------------------------------------------------

  private verbTrigger(i: number): Trigger | undefined {
    const t = this.toks[i]!;
    // Phrasal triggers first ("lash out at", "vote against"), longest match wins.
    // Only when the next word can continue a phrase of this head ("lash out", not "lash back").
    const seconds = this.lex.phraseSeconds.get(this.lemma(i));
    const phrasal = seconds !== undefined && seconds.has(this.norm(i + 1));
    for (let len = phrasal ? 4 : 0; len >= 2; len--) {
      if (i + len > this.n) continue;
      const words = [this.lemma(i)];
      for (let k = 1; k < len; k++) words.push(this.norm(i + k));
      const phrase = this.lex.verbs.get(words.join(' '));
      // "was fired on Thursday" is not "fire on": a date after the preposition is no target.
      if (phrase && TIME_WORDS.has(this.norm(i + len))) continue;
      if (phrase && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADV' || t.pos === 'ADP'))
        return phrase;
    }
    // "work very closely with Y", "worked even more closely with Y": degree adverbs inside a
    // phrase whose second word is an adverb; 'called for working "very closely with Y"': a
    // quotation mark may open inside.
    if (seconds !== undefined && (t.pos === 'VERB' || t.pos === 'NOUN')) {
      let d = i + 1;
      while (d < i + 4 && (DEGREE_ADVERBS.has(this.norm(d)) || this.isQuote(d))) d++;
      if (d > i + 1 && seconds.has(this.norm(d))) {
        const phrase = this.lex.verbs.get(`${this.lemma(i)} ${this.norm(d)}`);
        if (phrase) return { ...phrase, words: phrase.words + d - i - 1 };
      }
    }
    // wink tags "to back" as ADV: after the infinitive marker or a modal, the word is a verb.
    const afterTo =
      (this.norm(i - 1) === 'to' && this.pos(i - 1) === 'PART') ||
      // "voted to defund Y": a verb of the lexicon that is no stance noun, tagged NOUN after "to".
      (this.norm(i - 1) === 'to' && t.pos === 'NOUN' && !this.lex.nouns.has(this.norm(i))) ||
      (this.pos(i - 1) === 'AUX' &&
        ['will', 'would', 'should', 'must', 'can', 'could', 'may', 'might'].includes(
          this.norm(i - 1),
        ));
    // "is arming", "was sanctioned": wink may tag a participle after an auxiliary as NOUN/ADJ.
    let a = i - 1;
    while (this.pos(a) === 'ADV') a--;
    const afterAux =
      this.pos(a) === 'AUX' &&
      (/(ing|ed|en)$/.test(t.normal) || PARTICIPLE_IRREGULAR.has(t.normal)) &&
      (t.pos === 'NOUN' || t.pos === 'ADJ');
    if (t.pos !== 'VERB' && !afterTo && !afterAux && !(t.pos === 'NOUN' && this.looksVerbal(i)))
      return undefined;
    if (this.gerundAfterReceive(i)) return undefined;
    // "their hit Vertigo", "an episode of hit US cartoon Y": a word wink tags as a verb right
    // after a determiner, a possessive or a preposition is a noun or a modifier (gerunds aside:
    // "after attacking Y").
    if (
      t.pos === 'VERB' &&
      !/ing$/.test(t.normal) &&
      (['a', 'an', 'the'].includes(this.norm(i - 1)) ||
        this.pos(i - 1) === 'ADP' ||
        (this.pos(i - 1) === 'PRON' && POSSESSIVE_PRONOUNS.has(this.norm(i - 1)))) &&
      this.norm(i - 1) !== 'to' &&
      !this.isMention(i - 1)
    )
      return undefined;
    // "the recently appointed head of Y", "a widely criticised plan": a participle between an
    // article and its noun modifies the noun.
    if (
      (/(ed|en)$/.test(t.normal) || PARTICIPLE_IRREGULAR.has(t.normal)) &&
      ['a', 'an', 'the'].includes(this.norm(a)) &&
      this.pos(i + 1) === 'NOUN' &&
      !this.isMention(i + 1)
    )
      return undefined;
    // "hammer out a deal", "iron out differences": with the particle "out" (and no phrasal entry
    // of its own, as "lash out" has) the verb means something else.
    if (this.norm(i + 1) === 'out' && this.pos(i + 2) !== 'ADP') return undefined;
    return this.lex.verbs.get(this.lemma(i)) ?? this.lex.verbs.get(t.normal);
  }
  /** "won backing from Y", "received funding from Y": an -ing form after a verb of receiving is its noun. */
  private gerundAfterReceive(i: number): boolean {
    return (
      this.pos(i) === 'VERB' &&
      /ing$/.test(this.norm(i)) &&
      this.pos(i - 1) === 'VERB' &&
      this.lex.cues.receiveVerbs.has(this.lemma(i - 1))
    );
  }
  /** wink sometimes tags "slams" / "backs" in headlines as nouns; accept when a subject precedes directly. */
  private looksVerbal(i: number): boolean {
    const prev = i - 1;
    return (
      prev >= 0 &&
      this.isMention(prev) &&
      /s$/.test(this.norm(i)) &&
      !this.isPossessiveMark(i + 1) &&
      this.isMention(i + 1)
    );
  }
  private nounTrigger(i: number): Trigger | undefined {
    const t = this.toks[i]!;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') {
      // wink tags some nouns ADJ or VERB ("a warm welcome from", "message of greeting"): a
      // lexicon noun inside an NP (after a determiner, modifier or "of") and before a
      // preposition is read as the noun.
      if (t.pos !== 'ADJ' && t.pos !== 'VERB') return undefined;
      const trig = this.lex.nouns.get(t.normal);
      if (trig === undefined) return undefined;
      const prev = this.pos(i - 1);
      const inNp =
        prev === 'DET' ||
        prev === 'ADJ' ||
        prev === 'ADV' ||
        this.norm(i - 1) === 'of' ||
        this.gerundAfterReceive(i);
      const next = this.pos(i + 1) === 'ADP' || this.isQuote(i + 1);
      return inNp && next ? trig : undefined;
    }
    return this.lex.nouns.get(t.normal) ?? this.lex.nouns.get(this.lemma(i));
  }
  private adjTrigger(i: number): Trigger | undefined {
    const t = this.toks[i]!;
    if (t.pos !== 'ADJ' && t.pos !== 'VERB') return undefined;
    const trig = this.lex.adjectives.get(t.normal);
    if (t.pos === 'VERB' && !trig) return undefined;
    if (!trig) return undefined;
    return trig.preps.has(this.norm(i + 1)) ? trig : undefined;
  }

  // ---- arguments -------------------------------------------------------------------------

  /** Mentions coordinated with the one ending at `last` ("X, Y and Z"), to the right. */
  private coordRight(first: number): { ids: string[]; end: number; head: number } {
    const ids: string[] = [];
    let head = this.headRight(first);
    ids.push(this.entityAt(head)!);
    let end = this.lastOf(head);
    for (;;) {
      let j = end + 1;
      if (this.isPossessiveMark(j)) break;
      if (!(
        this.isComma(j) ||
        this.norm(j) === 'and' ||
        this.norm(j) === '&' ||
        this.norm(j) === 'or'
      ))
        break;
      const comma = this.isComma(j) && this.norm(j + 1) !== 'and' && this.norm(j + 1) !== 'or';
      if (this.isComma(j) && !comma) j++;
      j++;
      while (this.pos(j) === 'DET') j++;
      if (!this.isMention(j)) break;
      // "Y, the White House said", "Y and Z, a Saudi-owned weekly reports": a name after a
      // bare comma is a conjunct only if the list goes on after it.
      if (comma) {
        const next = this.lastOf(this.headRight(j)) + 1;
        if (!this.isComma(next) && !['and', 'or', '&'].includes(this.norm(next))) break;
      }
      head = this.headRight(j);
      ids.push(this.entityAt(head)!);
      end = this.lastOf(head);
    }
    return { ids, end, head };
  }

  /**
   * "US President Donald Trump": the NP's head is the last mention before a non-NP token. Only
   * capitalised title words may sit between, so "Russia's war on Ukraine" stays Russia.
   */
  private headRight(i: number): number {
    let head = i;
    let j = this.lastOf(i) + 1;
    let gap = 0;
    while (j < this.n && gap <= 3) {
      if (this.isMention(j)) {
        if (this.entityAt(j) === this.entityAt(head)) {
          j = this.lastOf(j) + 1;
          continue;
        }
        head = j;
        j = this.lastOf(j) + 1;
        gap = 0;
        continue;
      }
      const t = this.toks[j]!;
      if ((t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ') && /^[A-Z]/.test(t.text)) {
        gap++;
        j++;
        continue;
      }
      // "former FBI director James Comey": a lower-case title before a name.
      if ((t.pos === 'NOUN' || t.pos === 'ADJ') && isTitleWord(this.norm(j))) {
        gap++;
        j++;
        continue;
      }
      break;
    }
    return head;
  }

  /** Mentions coordinated leftwards with the one at `i` ("Washington and Seoul allege"). */
  private coordLeft(i: number): string[] {
    const ids = [this.entityAt(i)!];
    let first = this.firstOf(i);
    // "Moore, Steinem, Keys and other speakers attacked": a list closed by "and other(s)".
    const after = this.lastOf(i) + 1;
    const openTail =
      this.norm(after) === 'and' &&
      ['other', 'others', 'many', 'several'].includes(this.norm(after + 1));
    for (;;) {
      let j = first - 1;
      // "filmmaker Michael Moore, feminist icon Gloria Steinem": a short descriptor before each
      // listed name, when a list separator precedes it.
      // "and Rep. Y", "and Senator Y": a title before the listed name.
      if (this.norm(j) === '.' && TITLE_ABBREVIATIONS.has(this.norm(j - 1))) j -= 2;
      else if (
        TITLE_ABBREVIATIONS.has(this.norm(j).replace(/\.$/, '')) ||
        isTitleWord(this.norm(j))
      )
        j--;
      let d = j;
      while (d >= 0 && d > j - 3 && this.isListDescriptor(d)) d--;
      if (d < j && (this.isComma(d) || this.norm(d) === 'and')) j = d;
      while (this.pos(j) === 'DET') j--;
      if (!(this.norm(j) === 'and' || this.norm(j) === '&' || this.isComma(j))) break;
      const conj = j;
      j--;
      if (this.isComma(j)) j--;
      // "Senator X (R-Fla.) and Rep. Y (R-Kan.)": a bracketed aside after the earlier name.
      if (this.toks[j]?.text === ')') {
        let open = j - 1;
        while (open >= 0 && this.toks[open]!.text !== '(' && j - open < 8) open--;
        if (open >= 0 && this.toks[open]!.text === '(') j = open - 1;
      }
      // "the Sudanese government and Y", "Sudan's army and Y": the name that modifies the
      // earlier conjunct's head stands for it, as it does for a lone subject, when that conjunct
      // opens the clause (not "X met NATO leaders and Y praised them").
      if (!this.isMention(j)) {
        let h = j;
        while (h > j - 2 && this.pos(h) === 'NOUN' && /^\p{Ll}/u.test(this.toks[h]!.text)) h--;
        if (h < j && this.isPossessiveMark(h)) h--;
        let open = this.firstOf(h) - 1;
        while (this.pos(open) === 'DET') open--;
        if (h < j && this.isMention(h) && this.opensClause(open)) j = h;
      }
      if (!this.isMention(j)) break;
      // "In Seoul, Kim said": a comma alone joins only inside a list that ends with "and".
      if (this.isComma(conj) && !ids.length) break;
      if (this.isComma(conj) && ids.length === 1 && !openTail) break;
      const id = this.entityAt(j)!;
      ids.unshift(id);
      first = this.firstOf(j);
    }
    return ids;
  }

  /** Is the mention at `i` the object of a preposition (looking left across its NP)? */
  private prepBefore(i: number): string | undefined {
    let j = this.firstOf(i) - 1;
    // Skip the NP's modifiers, including modifier mentions ("to Russian President Putin").
    while (
      j >= 0 &&
      (this.pos(j) === 'DET' ||
        this.pos(j) === 'ADJ' ||
        this.pos(j) === 'NUM' ||
        this.pos(j) === 'PROPN' ||
        // "by U.S. President Donald Trump": a title before the name.
        (this.pos(j) === 'NOUN' &&
          /^[A-Z]/.test(this.toks[j]!.text) &&
          isTitleWord(this.norm(j))) ||
        this.isMention(j) ||
        this.isQuote(j))
    )
      j = this.isMention(j) ? this.firstOf(j) - 1 : j - 1;
    return this.pos(j) === 'ADP' ? this.norm(j) : undefined;
  }

  /**
   * Is the preposition before the mention at `i` (across its NP) right after a verb of a verb
   * group ("was arrested in Y")? Not after a participle that follows its noun ("the forces
   * operating in Y", whose place may stand for them).
   */
  private verbBeforePrep(i: number): boolean {
    let j = this.firstOf(i) - 1;
    while (j >= 0 && this.pos(j) !== 'ADP' && this.isNpModifier(j)) j--;
    const v = j - 1;
    return (
      this.pos(j) === 'ADP' &&
      this.pos(v) === 'VERB' &&
      !this.isMention(v - 1) &&
      !['NOUN', 'PROPN'].includes(this.pos(v - 1))
    );
  }

  /**
   * The agent to the left of `from`: crosses auxiliaries, adverbs, negation, "to", control verbs
   * and nouns ("vowed to", "his pledge to"), possessive NPs ("Russia's forces"), appositions and
   * relative pronouns; stops at another clause.
   */
  private subjectLeft(from: number, opts: { allowObjectControl?: boolean } = {}): Arg | undefined {
    const adjunct = this.gerundAdjunctHead(from);
    if (adjunct !== undefined) {
      const main = this.subjectLeft(adjunct);
      if (main) return main;
    }
    let j = from - 1;
    let fallback: Arg | undefined;
    let crossedRel = false;
    while (j >= 0) {
      const t = this.toks[j]!;
      if (this.isMention(j)) {
        const prep = this.prepBefore(j);
        const isPossessor = this.isPossessiveMark(this.lastOf(j) + 1) && this.lastOf(j) + 1 < from;
        // "the plane crash in Y that killed him": a relative clause after a place phrase belongs
        // to the noun the phrase modifies, not to the place.
        if (crossedRel && prep !== undefined && LOCATIVE_PREPS.has(prep)) {
          let p = this.firstOf(j) - 1;
          while (p >= 0 && this.pos(p) !== 'ADP') p--;
          j = p - 1;
          if (this.isMention(j)) continue;
          if (this.pos(j) !== 'NOUN') return fallback;
          crossedRel = false;
          continue;
        }
        if (prep && prep !== 'of' && !crossedRel && !isPossessor) {
          // "was arrested in Y for …", "the group operating in Y said": a place phrase of a
          // verb names where, not who.
          if (!(LOCATIVE_PREPS.has(prep) && this.verbBeforePrep(j)))
            fallback ??= { ids: [this.entityAt(j)!], at: j };
          j = this.firstOf(j) - 1;
          continue;
        }
        if (prep === 'of' && !isPossessor) {
          // "the president of X" is the subject NP; keep X only if nothing better comes.
          fallback ??= { ids: [this.entityAt(j)!], at: j };
          j = this.firstOf(j) - 1;
          continue;
        }
        // Object-control: "X urged Y to back Z" -> the stance is X's.
        if (opts.allowObjectControl) {
          let k = this.firstOf(j) - 1;
          while (k >= 0 && (this.pos(k) === 'DET' || this.pos(k) === 'ADV')) k--;
          if (this.pos(k) === 'ADP' && this.norm(k) === 'on') k--;
          if (k >= 0 && this.pos(k) === 'VERB' && OBJECT_CONTROL.has(this.lemma(k))) {
            const outer = this.subjectLeft(k);
            if (outer) return outer;
          }
        }
        return { ids: this.coordLeft(j), at: j };
      }
      // "X urged them to attack Y": an object pronoun of a control verb hands over to X.
      if (
        t.pos === 'PRON' &&
        opts.allowObjectControl &&
        OBJECT_PRONOUNS.has(t.normal) &&
        this.pos(j - 1) === 'VERB' &&
        OBJECT_CONTROL.has(this.lemma(j - 1))
      ) {
        const outer = this.subjectLeft(j - 1);
        if (outer) return outer;
      }
      if (t.pos === 'PRON' && this.lex.cues.subjectPronouns.has(t.normal))
        return { ids: [], at: j, pronoun: true };
      if (
        (t.pos === 'PRON' && this.lex.cues.relativePronouns.has(t.normal)) ||
        this.isRelativeThat(j, from)
      ) {
        crossedRel = true;
        j--;
        if (this.isComma(j)) j--;
        continue;
      }
      // "Khodorkovsky - who has been in jail for a year - pleaded …", "X — a critic of the war —
      // attacked Y": a dash-closed aside after a name; the name before it is the subject.
      if (this.isClauseDash(j)) {
        let open = j - 1;
        while (open > 0 && j - open < 30 && !this.isClauseDash(open) && !this.isHardBreak(open))
          open--;
        if (this.isClauseDash(open)) {
          if (this.isMention(open - 1) && this.prepBefore(open - 1) === undefined)
            return { ids: this.coordLeft(open - 1), at: open - 1 };
          break;
        }
      }
      if (
        this.isQuote(j) ||
        t.text === '-' ||
        t.pos === 'ADV' ||
        t.pos === 'AUX' ||
        t.pos === 'PART' ||
        t.pos === 'DET' ||
        t.pos === 'NUM'
      ) {
        j--;
        continue;
      }
      // "skewered Cruz for attacking Trump": the gerund's subject is the object before "for".
      if (t.normal === 'for' && j === from - 1 && /ing$/.test(this.norm(from))) {
        j--;
        continue;
      }
      // "The International Labor Office (ILO) reiterated": skip a bracketed aside.
      if (t.text === ')') {
        let open = j - 1;
        while (open >= 0 && this.toks[open]!.text !== '(' && j - open < 8) open--;
        if (open >= 0 && this.toks[open]!.text === '(') {
          j = open - 1;
          continue;
        }
        break;
      }
      if (
        t.pos === 'PRON' &&
        (POSSESSIVE_PRONOUNS.has(t.normal) ||
          this.lex.cues.reflexives.has(t.normal) ||
          DEMONSTRATIVES.has(t.normal))
      ) {
        j--;
        continue;
      }
      if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') {
        j--;
        continue;
      }
      if (t.pos === 'VERB') {
        // "the sides of this divided island": a participle between a determiner and its noun.
        if (
          /(ed|ing)$/.test(t.normal) &&
          (this.pos(j - 1) === 'DET' || this.pos(j - 1) === 'PRON') &&
          ['NOUN', 'PROPN', 'ADJ'].includes(this.pos(j + 1)) &&
          !this.isMention(j + 1)
        ) {
          j--;
          continue;
        }
        const l = this.lemma(j);
        if (
          this.lex.cues.plans.has(l) ||
          this.lex.cues.refusals.has(l) ||
          this.lex.cues.copulas.has(l) ||
          this.lex.cues.lightVerbs.has(l) ||
          this.purposeClauseHead(j, from)
        ) {
          j--;
          continue;
        }
        break;
      }
      if (t.pos === 'CCONJ') {
        // "had no choice but to endorse Y": "but" before an infinitive joins no clauses.
        if (
          t.normal === 'but' &&
          this.norm(j + 1) === 'to' &&
          this.pos(j - 1) === 'NOUN' &&
          !this.isMention(j - 1)
        ) {
          j--;
          continue;
        }
        // "Israeli helicopters and tanks shelled": coordinated nouns inside the subject NP.
        if (
          ['NOUN', 'ADJ'].includes(this.pos(j - 1)) &&
          !this.isMention(j - 1) &&
          ['NOUN', 'ADJ', 'PROPN', 'DET'].includes(this.pos(j + 1)) &&
          j + 1 < from &&
          !this.isMention(j + 1)
        ) {
          j--;
          continue;
        }
        // "X met Y and criticised Z": the shared subject is left of the first verb.
        const prev = j - 1;
        if (prev >= 0 && this.isMention(prev)) {
          let k = this.firstOf(prev) - 1;
          // "met the new Mr. Y and …", "met Foreign Minister Y and …": the object's NP modifiers.
          while (k >= 0 && !this.isMention(k) && (this.isNpModifier(k) || this.isTitle(k))) k--;
          // "X met Y and …", "X is a Republican but did not …": Y is the first verb's complement.
          if (this.pos(k) === 'VERB' || this.isCopulaAux(k)) {
            j = k - 1;
            continue;
          }
          // "Fabius and a group of deputies held talks": coordinated subjects.
          if (this.prepBefore(prev) === undefined) return { ids: this.coordLeft(prev), at: prev };
        }
        // "India conducted an operation and hit Y": the second verb shares the first's subject.
        let verbAfter = j + 1;
        while (this.pos(verbAfter) === 'ADV' || this.isQuote(verbAfter)) verbAfter++;
        if (verbAfter === from || this.pos(verbAfter) === 'VERB' || this.pos(verbAfter) === 'AUX') {
          // "X has supported Y, and used …": a serial comma before the conjunction.
          let v = this.isComma(j - 1) ? j - 2 : j - 1;
          // "accused Y of using his post to interfere and blamed him": a past-tense verb is
          // coordinated with a finite verb, not with the gerund or infinitive nearer to it.
          const past = this.pos(verbAfter) === 'VERB' && /ed$/.test(this.norm(verbAfter));
          const nonFinite = (m: number): boolean =>
            /ing$/.test(this.norm(m)) || this.norm(m - 1) === 'to';
          // "included misleading a judge, announcing Y was credible and helping him": a gerund
          // is coordinated with a gerund, not with a verb or copula of a clause nested after one.
          const gerund = this.pos(verbAfter) === 'VERB' && /ing$/.test(this.norm(verbAfter));
          const skip = (m: number): boolean =>
            j - m < 16 && ((past && nonFinite(m)) || (gerund && !/ing$/.test(this.norm(m))));
          // "X ducks and dives": wink tags the first of two verbs after a name a plural noun.
          const nounVerb = (m: number): boolean =>
            m === j - 1 &&
            this.pos(m) === 'NOUN' &&
            /s$/.test(this.norm(m)) &&
            this.isMention(m - 1) &&
            this.pos(verbAfter) === 'VERB' &&
            this.opensClause(this.firstOf(m - 1) - 1);
          while (
            v >= 0 &&
            (this.pos(v) !== 'VERB' || skip(v)) &&
            (!this.isCopulaAux(v) || (gerund && j - v < 16)) &&
            !this.isHardBreak(v) &&
            !this.isComma(v) &&
            !this.adverbialGerund(v) &&
            !nounVerb(v)
          )
            v--;
          if (
            v >= 0 &&
            (this.pos(v) === 'VERB' ||
              this.isCopulaAux(v) ||
              this.adverbialGerund(v) ||
              nounVerb(v))
          ) {
            j = v - 1;
            continue;
          }
        }
        break;
      }
      if (this.isComma(j)) {
        // "Google began to push back, criticizing Trump's order": a participial adjunct takes
        // the subject of the clause before the comma.
        // Also the second of coordinated participles ("ducks and dives, blustering and
        // attacking the BBC"), which the conjunction handed over to the first.
        const ing = (m: number): boolean => /ing$/.test(this.norm(m));
        // "X visited Y, praised Z and left": a finite verb phrase coordinated by a comma shares
        // the subject of the verb phrase before it.
        const serial = this.serialVerbBefore(j, from);
        if (serial !== undefined) {
          const main = this.subjectLeft(serial);
          if (main) return main;
        }
        // "…, not just refusing to support Y": the participle heads a chain ending at the trigger.
        let head = j + 1;
        while (head < from && (this.pos(head) === 'ADV' || this.pos(head) === 'PART')) head++;
        if (
          (ing(from) && j === from - 1) ||
          (head <= from && this.pos(head) === 'VERB' && ing(head)) ||
          (head < from && this.adverbialGerund(head))
        ) {
          let v = j - 1;
          while (
            v >= 0 &&
            (this.pos(v) === 'ADV' || this.pos(v) === 'ADP' || this.pos(v) === 'PART')
          )
            v--;
          // The nearest verb before the comma; when its clause is a subordinate one ("X has been
          // lobbying against it since the talks began, warning …") the participle belongs to
          // the main clause before it, and falls back on the subordinate clause's subject.
          let subordinate: Arg | undefined;
          for (let k = v; k >= 0 && !this.isHardBreak(k) && !this.isComma(k); k--) {
            if (this.pos(k) === 'VERB') {
              const main = this.subjectLeft(k);
              let c = k - 1;
              while (c >= 0 && !['SCONJ', 'VERB'].includes(this.pos(c)) && !this.isComma(c)) c--;
              if (this.pos(c) === 'SCONJ' && subordinate === undefined) {
                if (main && !main.pronoun) subordinate = main;
                k = c;
                continue;
              }
              if (main && !main.pronoun) return main;
              break;
            }
          }
          if (subordinate) return subordinate;
        }
        // Apposition or parenthetical ("Ushakov, an aide to Putin, endorsed"): a comma-closed
        // stretch with no verb in it is skipped back to its opening comma.
        const open = this.previousComma(j);
        // "Aide to Putin, Yury Ushakov, endorsed": a stretch that is just a name is the subject.
        if (open !== undefined) {
          let a = open + 1;
          while (a < j && this.pos(a) === 'DET') a++;
          if (this.isMention(a) && this.lastOf(a) === j - 1)
            return { ids: [this.entityAt(a)!], at: a };
        }
        // "Swanson, a mental health expert who has conducted research, criticized …".
        const opener = this.pos(open === undefined ? -1 : open + 1);
        const participle = opener === 'VERB' && /(ed|en)$/.test(this.norm((open ?? 0) + 1));
        if (
          open !== undefined &&
          this.isMention(open - 1) &&
          this.prepBefore(open - 1) === undefined &&
          (['DET', 'ADJ', 'NOUN', 'PRON', 'NUM'].includes(opener) || participle)
        ) {
          return { ids: [this.entityAt(open - 1)!], at: open - 1 };
        }
        // "X, in turn, accuses Y", "Nehlen, in a narrowly crafted announcement Friday, praised
        // Trump": an adverbial aside is skipped (short ones whatever their tags, longer ones
        // without a finite verb).
        if (
          open !== undefined &&
          ['ADP', 'ADV', 'CCONJ'].includes(this.pos(open + 1)) &&
          !this.isMention(open + 1) &&
          (j - open <= 4 || (j - open <= 12 && !this.hasFiniteVerb(open + 1, j)))
        ) {
          j = open - 1;
          continue;
        }
        if (open !== undefined && !this.hasVerb(open + 1, j)) {
          // The subject is before the apposition, or the apposition is the name itself.
          const named = this.lastMentionIn(open + 1, j);
          const before = open - 1;
          if (this.isMention(before) && this.prepBefore(before) === undefined)
            return { ids: this.coordLeft(before), at: before };
          if (named !== undefined) return { ids: [this.entityAt(named)!], at: named };
          j = open - 1;
          continue;
        }
        // "US Predator attacks, occurring every three days, have killed": a participial aside
        // is skipped, and any name inside it ("backed by Russia") is not the subject.
        if (
          open !== undefined &&
          this.pos(open + 1) === 'VERB' &&
          /(ing|ed|en)$/.test(this.norm(open + 1)) &&
          !this.hasFiniteVerb(open + 1, j)
        ) {
          const before = open - 1;
          if (this.isMention(before) && this.prepBefore(before) === undefined)
            return { ids: this.coordLeft(before), at: before };
          j = open - 1;
          continue;
        }
        if (open === undefined) {
          // "Aide to Putin, Yury Ushakov, endorsed": the mention just before the comma.
          const named = this.lastMentionIn(0, j);
          if (named !== undefined && named === j - 1 - (this.lastOf(named) - named))
            return { ids: [this.entityAt(named)!], at: named };
        }
        break;
      }
      if (t.pos === 'ADP') {
        j--;
        continue;
      }
      break;
    }
    return fallback;
  }

  /** Does a clause start right after `k` (the sentence start, a comma, a conjunction, a quote)? */
  private opensClause(k: number): boolean {
    return (
      k < 0 ||
      this.isComma(k) ||
      this.isQuote(k) ||
      this.pos(k) === 'SCONJ' ||
      this.pos(k) === 'CCONJ'
    );
  }

  /**
   * "X visited Y, praised Z": the verb of the comma-separated verb phrase before the finite
   * trigger at `from` (`comma` right before it, or before an adverb), when that phrase is a verb
   * with an object NP and no clause boundary.
   */
  private serialVerbBefore(comma: number, from: number): number | undefined {
    let a = comma + 1;
    while (a < from && this.pos(a) === 'ADV') a++;
    if (a !== from || this.pos(from) !== 'VERB' || /ing$/.test(this.norm(from))) return undefined;
    // "…, voted for by the public": a participle with its agent modifies the noun before the
    // comma; it is no verb phrase of the clause's subject.
    if (
      this.norm(from + 1) === 'by' ||
      (this.pos(from + 1) === 'ADP' && this.norm(from + 2) === 'by')
    )
      return undefined;
    let named = false;
    for (let k = comma - 1; k >= 0 && comma - k <= 10; k--) {
      if (this.isMention(k)) {
        named = true;
        k = this.firstOf(k);
        continue;
      }
      const p = this.pos(k);
      // "fired back, accused Y": a verb with only a particle or adverb after it also counts.
      const bare = comma - k <= 3;
      if (p === 'VERB')
        return (bare || (named && k < comma - 1)) && !this.isComma(k - 1) ? k : undefined;
      if (
        !['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'ADV', 'PART'].includes(p) &&
        !(p === 'PRON' && POSSESSIVE_PRONOUNS.has(this.norm(k)))
      )
        return undefined;
    }
    return undefined;
  }

  /**
   * "…, blustering aggressively and attacking Y": an -ing word after a comma that wink tags as a
   * noun but that an adverb or a conjunction follows is a participle.
   */
  private adverbialGerund(k: number): boolean {
    return (
      this.pos(k) === 'NOUN' &&
      this.isComma(k - 1) &&
      /ing$/.test(this.norm(k)) &&
      (this.pos(k + 1) === 'ADV' || this.pos(k + 1) === 'CCONJ')
    );
  }

  /**
   * "Y played upon X's fears by complimenting him", "X angered Y by praising Z": a gerund after
   * "by" (means) or "while" / "without" is done by the subject of the verb the adjunct follows,
   * not by the nearest name. Returns that verb, when the clause has one before the adjunct.
   */
  private gerundAdjunctHead(from: number): number | undefined {
    // Raw forms first: this runs for every subject search.
    const w = this.toks[from]?.normal ?? '';
    if (!w.endsWith('ing')) return undefined;
    let p = from - 1;
    while (this.pos(p) === 'ADV') p--;
    const prep = this.toks[p]?.normal;
    if (!GERUND_ADJUNCT_PREPS.has(prep ?? '')) return undefined;
    if (this.pos(from) !== 'VERB') return undefined;
    for (let k = p - 1; k >= 0 && p - k <= 12; k--) {
      // A preposition ("went after Y by …") is no clause break here.
      if ((this.isHardBreak(k) && this.pos(k) !== 'ADP') || this.isComma(k)) return undefined;
      if (this.pos(k) === 'VERB' && !this.isMention(k)) {
        // "was criticised by X for …" is no means adjunct of a passive's agent.
        return this.isPassive(k) ? undefined : k;
      }
    }
    return undefined;
  }

  /**
   * "praised her work during the Reagan years, and her husband, Alan, calling them …": an object
   * NP that names no one, coordinated with a later NP that does (directly or by an apposition).
   * The conjunct must end the clause or be followed by a participle, not open a new clause
   * ("…, and her husband, Alan, called them …").
   */
  private laterConjunctObject(from: number): Arg | undefined {
    let k = from;
    const npWord = (m: number): boolean =>
      ['DET', 'ADJ', 'NOUN', 'NUM'].includes(this.pos(m)) ||
      (this.pos(m) === 'PRON' && POSSESSIVE_PRONOUNS.has(this.norm(m)));
    if (!npWord(k)) return undefined;
    let inPP = false;
    for (; k < this.n && k - from < 12; k++) {
      // A name inside a trailing PP ("during the Reagan years") is no object.
      if (this.isMention(k) && inPP) {
        k = this.lastOf(k);
        continue;
      }
      if (this.isMention(k) || this.isHardBreak(k)) return undefined;
      if (this.pos(k) === 'ADP') inPP = true;
      if (this.pos(k) === 'CCONJ' || this.isComma(k)) break;
      if (!npWord(k) && this.pos(k) !== 'ADP' && this.pos(k) !== 'PROPN') return undefined;
    }
    if (this.isComma(k)) k++;
    if (this.norm(k) !== 'and') return undefined;
    k++;
    while (k < this.n && npWord(k) && !this.isMention(k)) k++;
    if (this.isComma(k) && this.isMention(k + 1)) k++;
    if (!this.isMention(k)) return undefined;
    const at = k;
    const after = this.lastOf(k) + 1;
    const next = this.isComma(after) ? after + 1 : after;
    const ends =
      next >= this.n ||
      this.isHardBreak(next) ||
      (this.pos(next) === 'VERB' && /ing$/.test(this.norm(next)));
    return ends ? { ids: [this.entityAt(at)!], at } : undefined;
  }

  /** A title word before a name: "Mr.", "Sen", "President", "foreign minister". */
  private isTitle(m: number): boolean {
    if (m < 0 || this.isMention(m)) return false;
    const w = this.norm(m);
    if (TITLE_ABBREVIATIONS.has(w.replace(/\.$/, '')) || isTitleWord(w)) return true;
    return w === '.' && TITLE_ABBREVIATIONS.has(this.norm(m - 1));
  }

  /** A word of a descriptor before a listed name ("feminist icon", "musician", "former"). */
  private isListDescriptor(m: number): boolean {
    const p = this.pos(m);
    return (
      !this.isMention(m) &&
      (p === 'ADJ' || ((p === 'NOUN' || p === 'PROPN') && /^[a-z]/.test(this.toks[m]?.text ?? '')))
    );
  }

  /** Words that may precede a name inside its NP ("the", "Sen.", "feminist icon", "former"). */
  private isNpModifier(m: number): boolean {
    const p = this.pos(m);
    return (
      p === 'DET' ||
      p === 'ADJ' ||
      p === 'PROPN' ||
      p === 'NUM' ||
      (p === 'NOUN' && (isTitleWord(this.norm(m)) || /^[A-Z]/.test(this.toks[m]!.text))) ||
      this.isQuote(m)
    );
  }

  /**
   * "X used a rally to praise Y", "X took to Twitter to attack Y": the verb at `v` heads a clause
   * whose purpose infinitive is the trigger at `from`, so its subject is the trigger's agent. Not
   * for object-control verbs ("urged reporters to attack Y") or speech verbs.
   */
  private purposeClauseHead(v: number, from: number): boolean {
    let to = from - 1;
    while (this.pos(to) === 'ADV') to--;
    if (this.norm(to) !== 'to' || to - v > 10 || to <= v) return false;
    const l = this.lemma(v);
    if (OBJECT_CONTROL.has(l) || this.lex.cues.speech.has(l)) return false;
    // "a truce with rebels fighting to topple Y": a participle after its noun has that noun
    // for its subject.
    if (/ing$/.test(this.norm(v)) && this.pos(v - 1) === 'NOUN' && !this.isMention(v - 1))
      return false;
    for (let m = v + 1; m < to; m++) if (this.isHardBreak(m) || this.isComma(m)) return false;
    return true;
  }

  /** "the family that supports Y": "that" right before the verb group, after a noun. */
  private isRelativeThat(j: number, from: number): boolean {
    // Raw form first: this runs for every token the subject search crosses.
    if (this.toks[j]?.normal !== 'that' || this.pos(j) === 'SCONJ') return false;
    for (let m = j + 1; m < from; m++) {
      const p = this.pos(m);
      if (p !== 'ADV' && p !== 'AUX' && p !== 'PART') return false;
    }
    const p = this.pos(j - 1);
    return p === 'NOUN' || p === 'PROPN' || this.isMention(j - 1);
  }

  /** The comma that opens the stretch ending at `j`; only real punctuation stops the search. */
  private previousComma(j: number): number | undefined {
    for (let k = j - 1; k >= 0; k--) {
      if (this.isComma(k)) return k;
      const t = this.toks[k]!;
      if (t.pos === 'PUNCT' && !QUOTES.has(t.text) && !this.isWordHyphen(k)) return undefined;
    }
    return undefined;
  }

  /** Finite verbs in [a, b): participles ("narrowly crafted") do not count. */
  private hasFiniteVerb(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      if (this.pos(k) === 'AUX') return true;
      if (this.pos(k) === 'VERB' && !/(ed|en|ing)$/.test(this.norm(k))) return true;
    }
    return false;
  }
  private hasVerb(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.pos(k) === 'VERB' || this.pos(k) === 'AUX') return true;
    return false;
  }
  private lastMentionIn(a: number, b: number): number | undefined {
    for (let k = b - 1; k >= a; k--) if (this.isMention(k)) return this.firstOf(k);
    return undefined;
  }

  /**
   * The patient to the right of `from`: the first mention in the object NP or behind an allowed
   * preposition, before the clause ends.
   */
  private objectRight(
    from: number,
    trig: Trigger,
    opts: { prepOnly?: boolean; maxSteps?: number; direct?: boolean } = {},
  ): Arg | undefined {
    let j = from;
    // "blasted what he views as Y's motives": a free relative that names the object's framing.
    if (
      this.toks[j]?.normal === 'what' &&
      this.pos(j + 1) === 'PRON' &&
      this.pos(j + 2) === 'VERB' &&
      this.norm(j + 3) === 'as'
    )
      j += 4;
    let steps = 0;
    let conj = false;
    let prepCount = 0;
    const viaPreps = new Set<string>();
    const max = opts.maxSteps ?? 9;
    // A comma right after the last step may still open a name in apposition ("a lawsuit against
    // the state's largest residential landlord, Y"): the comma always ends the search.
    while (j < this.n && (steps < max || this.isComma(j))) {
      const t = this.toks[j]!;
      if (this.isMention(j)) {
        if ((opts.prepOnly ?? trig.prepOnly) && ![...viaPreps].some((p) => trig.preps.has(p)))
          return undefined;
        if (trig.direct && this.isThingModifier(j)) return undefined;
        const c = this.coordRight(j);
        // "with X providing space and Y pledging staff": past a conjunction, a name followed by
        // its own verb is the subject of the next clause, not an object.
        if (conj) {
          let v = c.end + 1;
          while (
            v < c.end + 10 &&
            (this.isMention(v) ||
              this.isComma(v) ||
              ['DET', 'ADJ', 'CCONJ', 'PROPN'].includes(this.pos(v)))
          )
            v++;
          if (this.pos(v) === 'VERB' || this.pos(v) === 'AUX') return undefined;
        }
        return { ids: c.ids, at: c.head };
      }
      // "armed groups branded terrorists by Y", "funded rebels backed by Y": a participle of
      // judging or of a stance after the object's noun opens a reduced passive, and its "by"
      // names that verb's agent, not the object ("a group called Hamas" still names it; "crimes
      // committed by Y" are Y's).
      if (
        steps > 0 &&
        this.pos(j - 1) === 'NOUN' &&
        /(ed|en)$/.test(t.normal) &&
        (this.lex.cues.evaluationVerbs.has(this.lemma(j)) || this.lex.verbs.has(this.lemma(j))) &&
        this.agentNext(j + 1)
      )
        return undefined;
      if (
        this.isQuote(j) ||
        t.pos === 'DET' ||
        t.pos === 'ADJ' ||
        t.pos === 'NUM' ||
        t.pos === 'ADV' ||
        this.isPossessiveMark(j) ||
        t.text === '-'
      ) {
        j++;
        // "a lawsuit against the state's largest landlord, Y": a possessive mark is no step.
        if (!this.isPossessiveMark(j - 1)) steps++;
        continue;
      }
      // "more than 100 Palestinians", "war-torn Mozambique".
      if (
        (t.normal === 'than' && ['more', 'fewer', 'less'].includes(this.norm(j - 1))) ||
        this.norm(j - 1) === '-' ||
        (this.norm(j + 1) === '-' && !this.isMention(j))
      ) {
        j++;
        steps++;
        continue;
      }
      // "proposed Israeli changes": a participle inside the object NP.
      if (
        t.pos === 'VERB' &&
        /(ed|ing)$/.test(t.normal) &&
        (this.isMention(j + 1) ||
          ['NOUN', 'ADJ', 'PROPN'].includes(this.pos(j + 1)) ||
          // "an investigation into crimes committed by Croat forces", "lines leading into Kabul"
          // "lifted the curfew imposed in Y", "eased sanctions imposed on Y".
          (/ed$/.test(t.normal) && trig.needs.size > 0 && trig.preps.has(this.norm(j + 1))) ||
          (steps > 0 &&
            (this.norm(j + 1) === 'by' ||
              (/ing$/.test(t.normal) &&
                ['into', 'to', 'toward', 'towards'].includes(this.norm(j + 1))))))
      ) {
        j++;
        steps++;
        continue;
      }
      if (t.pos === 'CCONJ' && steps > 0 && !this.isMention(j - 1)) {
        // "nominated for an award and prompted Y to …": a verb after the object NP's noun
        // opens a coordinated predicate.
        if (this.pos(j - 1) === 'NOUN' && this.pos(j + 1) === 'VERB') return undefined;
        conj = true;
        j++;
        steps++;
        continue;
      }
      // "accused the mogul's daughter, Shari Redstone, of …": a common-noun object renamed by
      // a name in apposition, closed by a comma or the verb's preposition.
      if (
        this.isComma(j) &&
        steps > 0 &&
        (this.pos(j - 1) === 'NOUN' || this.pos(j - 1) === 'ADJ')
      ) {
        let m = j + 1;
        while (m < j + 4 && !this.isMention(m) && this.isNpModifier(m)) m++;
        if (this.isMention(m)) {
          const close = this.lastOf(m) + 1;
          if (this.isComma(close) || this.pos(close) === 'ADP' || close >= this.n)
            return { ids: [this.entityAt(m)!], at: m };
        }
        return undefined;
      }
      if (t.pos === 'PRON') {
        if (POSSESSIVE_PRONOUNS.has(t.normal)) {
          j++;
          steps++;
          continue;
        }
        return undefined;
      }
      if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        if (opts.direct && t.pos === 'NOUN') {
          // "defended the right of Y to …": a right is its holder's, as in "Y's right".
          if (!RIGHT_NOUNS.has(t.normal) || this.norm(j + 1) !== 'of') return undefined;
          j += 2;
          continue;
        }
        // An unresolved name is the object itself ("praised Bolick to the Arizona Republic"):
        // do not run past it into a prepositional phrase.
        if (
          t.pos === 'PROPN' &&
          /^[A-Z]/.test(t.text) &&
          !['of', "'s", '’s'].includes(this.norm(j + 1)) &&
          this.pos(j + 1) === 'ADP' &&
          !trig.preps.has(this.norm(j + 1))
        )
          return undefined;
        j++;
        steps++;
        continue;
      }
      if (t.pos === 'ADP' || (t.pos === 'PART' && t.normal === 'to')) {
        const p = t.normal;
        if (opts.direct && !trig.preps.has(p)) return undefined;
        if (
          trig.preps.has(p) ||
          [
            'of',
            'on',
            'against',
            'in',
            'at',
            'for',
            'to',
            'with',
            'inside',
            'into',
            'over',
            'toward',
            'towards',
            'from',
            'by',
          ].includes(p)
        ) {
          if (p === 'to' && this.pos(j + 1) === 'VERB' && this.norm(j + 2) !== '-')
            return undefined;
          // "for questioning in an investigation of sales to Y": a third preposition is too deep
          // in the phrase for Y to be the verb's patient.
          if (++prepCount > 2) return undefined;
          // "provide information on the safety of Y": material help goes to its recipient, not
          // to the topic of what is given.
          if (
            (p === 'on' || p === 'about') &&
            trig.quad === 'material_cooperation' &&
            !trig.preps.has(p)
          )
            return undefined;
          viaPreps.add(p);
          j++;
          steps++;
          continue;
        }
        return undefined;
      }
      return undefined;
    }
    return undefined;
  }

  /** Does "by" come from `from` on before any name or clause break ("branded terrorists by Y")? */
  private agentNext(from: number): boolean {
    for (let k = from; k < Math.min(this.n, from + 6); k++) {
      if (this.isMention(k) || this.isHardBreak(k) || this.isComma(k)) return false;
      if (this.norm(k) === 'by') return true;
    }
    return false;
  }

  /**
   * A name used as the modifier of a thing ("his IBF title", "one Montreal hit", "the Eschen
   * stadium") is not the patient. Demonyms and names before people or state organs still stand
   * for their entity ("Palestinian refugees", "the Sudan government", "U.S. soldiers").
   */
  private isThingModifier(j: number): boolean {
    const m = this.view.mentions[this.mentionIndex(j)];
    if (!m || m.via === 'demonym') return false;
    const next = this.lastOf(j) + 1;
    const t = this.toks[next];
    if (!t || this.isMention(next) || t.pos !== 'NOUN' || !/^[a-z]/.test(t.text)) return false;
    let head = next;
    while (this.pos(head + 1) === 'NOUN' && /^[a-z]/.test(this.toks[head + 1]!.text)) head++;
    return !this.lex.proxyNouns.has(this.norm(head)) && !this.lex.proxyNouns.has(this.norm(next));
  }

  /** "by X" (or "from X") right after position `from`, within a short window. */
  private agentBy(from: number, preps: string[] = ['by']): Arg | undefined {
    for (let j = from; j < Math.min(this.n, from + 4); j++) {
      if (this.isHardBreak(j) || this.isComma(j)) return undefined;
      if (this.pos(j) === 'ADP' && preps.includes(this.norm(j))) {
        let k = j + 1;
        let appositive = false;
        while (
          k < this.n &&
          k < j + 7 &&
          !this.isMention(k) &&
          (this.pos(k) === 'DET' ||
            this.pos(k) === 'ADJ' ||
            this.isQuote(k) ||
            this.pos(k) === 'NOUN' ||
            this.pos(k) === 'PROPN' ||
            (this.pos(k) === 'PRON' && POSSESSIVE_PRONOUNS.has(this.norm(k))) ||
            // "made by his wife, actress Amber Heard": a common-noun NP renamed by the name.
            (this.isComma(k) && !appositive && k > j + 1 && (appositive = true)))
        )
          k++;
        // "praised by other nations, including France and Germany": the members named.
        // "by US regulatory agency - the Commodity Futures Trading Commission -": a name that
        // only modifies the agent's noun gives way to the name in apposition to it.
        if (this.isMention(k)) {
          let h = this.lastOf(k) + 1;
          while (
            h < k + 6 &&
            (this.pos(h) === 'ADJ' || this.pos(h) === 'NOUN') &&
            !this.isMention(h)
          )
            h++;
          if (
            h > this.lastOf(k) + 1 &&
            this.pos(h - 1) === 'NOUN' &&
            (this.norm(h) === '-' || this.norm(h) === '(' || this.isComma(h))
          ) {
            let a = h + 1;
            while (a < h + 3 && this.pos(a) === 'DET') a++;
            if (this.isMention(a)) {
              const close = this.lastOf(a) + 1;
              if (
                this.norm(close) === '-' ||
                this.norm(close) === ')' ||
                this.isComma(close) ||
                close >= this.n ||
                this.isHardBreak(close)
              )
                return { ids: [this.entityAt(a)!], at: a };
            }
          }
        }
        if (this.norm(k) === 'including' && k > j + 1) k++;
        else if (this.norm(k) === 'such' && this.norm(k + 1) === 'as' && k > j + 1) k += 2;
        else if (this.norm(k) === 'as' && this.norm(k - 1) === 'such' && k > j + 2) k++;
        if (this.isMention(k)) {
          const c = this.coordRight(k);
          return { ids: c.ids, at: c.head };
        }
        return undefined;
      }
    }
    return undefined;
  }

  private isPassive(i: number): boolean {
    const t = this.toks[i]!;
    const participle = /(ed|en)$/.test(t.normal) || PARTICIPLE_IRREGULAR.has(t.normal);
    if (!participle) return false;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const p = this.toks[j]!;
      if (p.pos === 'ADV' || this.norm(j) === 'not' || this.norm(j) === "n't") continue;
      if (
        (p.pos === 'AUX' || p.pos === 'VERB') &&
        (this.lemma(j) === 'be' || this.lemma(j) === 'get')
      )
        return true;
      break;
    }
    return false;
  }

  // ---- rule families ---------------------------------------------------------------------

  private fromVerb(i: number, trig: Trigger): Candidate[] {
    let objectFrom = i + trig.words;
    // "withdrew his support from X", "condemned the attack on Y": the stance noun governs.
    {
      let k = i + trig.words;
      while (
        k < this.n &&
        (this.pos(k) === 'DET' ||
          this.pos(k) === 'ADJ' ||
          (this.pos(k) === 'PRON' && POSSESSIVE_PRONOUNS.has(this.norm(k))))
      )
        k++;
      const head = !['NOUN', 'PROPN'].includes(this.pos(k + 1)) && !this.isMention(k + 1);
      const noun = this.lex.nouns.get(this.norm(k));
      // "she endorsed his deal": an agreement with no partner of its own names no stance, so
      // the verb's stance goes to the agreement's maker (the possessor, below).
      const ownTarget = noun?.reciprocal !== true || noun.preps.has(this.norm(k + 1));
      if (
        !this.isMention(k) &&
        this.pos(k) === 'NOUN' &&
        head &&
        noun !== undefined &&
        ownTarget &&
        !trig.needs.has(this.lemma(k)) &&
        !this.lex.cues.proposals.has(this.lemma(k))
      )
        return [];
    }
    // Particles and phrasal preps directly after the verb ("lash out at", "crack down on").
    while (
      this.pos(objectFrom) === 'ADP' &&
      (this.norm(objectFrom) === 'out' ||
        this.norm(objectFrom) === 'down' ||
        this.norm(objectFrom) === 'up')
    )
      objectFrom++;
    let indirect: Arg | undefined;
    if (trig.needs.size > 0) {
      let found = -1;
      for (let j = i + 1; j < Math.min(this.n, i + 8); j++) {
        if (this.isMention(j)) {
          // "will give Tanzania a grant": the mention before the needed noun is the recipient.
          indirect ??= { ids: [this.entityAt(j)!], at: j };
          j = this.lastOf(j);
          continue;
        }
        if (
          (this.pos(j) === 'NOUN' || this.pos(j) === 'PROPN') &&
          (trig.needs.has(this.lemma(j)) || trig.needs.has(this.norm(j)))
        ) {
          found = j;
          break;
        }
        if (this.isHardBreak(j) || this.pos(j) === 'VERB') break;
      }
      if (found < 0) {
        // "sent Ukraine weapons": the needed noun may follow the indirect object.
        const dobj = this.objectRight(i + 1, trig, { prepOnly: false, maxSteps: 3 });
        if (dobj) {
          const after = this.lastOf(dobj.at) + 1;
          const nounAfter = [after, after + 1, after + 2].some(
            (k) => trig.needs.has(this.lemma(k)) || trig.needs.has(this.norm(k)),
          );
          if (!nounAfter) return [];
        } else return [];
      } else objectFrom = found + 1;
    }
    const passive = this.isPassive(i);
    // "Y was hailed as a hero by X": the agent after an "as" complement.
    const asBy = this.norm(i + 1) === 'as' ? this.byAfterComplement(i, i + 2) : undefined;
    const byAgent = this.agentBy(asBy ?? i + 1);
    // A reduced passive ("the Khans, criticised strongly by McCain") has "by" right after the
    // participle; "condemned the coup by X" is active.
    let b = asBy ?? i + 1;
    while (this.pos(b) === 'ADV') b++;
    const reduced = !!byAgent && /(ed|en)$/.test(this.norm(i)) && this.norm(b) === 'by';
    if (passive || reduced) {
      if (!byAgent) return [];
      const patient = this.subjectLeft(i);
      if (!patient) return [];
      if (patient.pronoun) {
        // "When Steinem gathered writers, she was accused by Friedan": the earlier subject.
        const ref = this.subjectReferent(patient.at);
        if (ref === undefined) return [];
        return [this.cand(byAgent.ids, [this.entityAt(ref)!], trig, patient.at, i, i, 0.5)];
      }
      return [this.cand(byAgent.ids, patient.ids, trig, patient.at, i, i, 0.7)];
    }
    const subj = this.subjectLeft(i, { allowObjectControl: true });
    // "NATO peacekeeping troops arrived in Y": the verb is a stance only for such agents.
    if (trig.agentNeeds.size > 0) {
      let k = subj && !subj.pronoun ? this.lastOf(subj.at) + 1 : i;
      while (k < i && !trig.agentNeeds.has(this.norm(k)) && !trig.agentNeeds.has(this.lemma(k)))
        k++;
      if (k >= i) return [];
    }
    // Meetings and visits take their partner directly ("met Kim", "met with Kim"), never through
    // another noun ("met reporters in Washington").
    let obj =
      indirect ??
      (trig.kind === 'consult' || trig.direct
        ? this.objectRight(objectFrom, trig, { maxSteps: 3, direct: true })
        : this.objectRight(objectFrom, trig));
    // "made clear to visiting US envoys": a participle before a name that modifies a plural
    // noun describes those people; the subject visits no one.
    if (
      obj &&
      trig.kind === 'consult' &&
      /ing$/.test(this.norm(i)) &&
      !this.auxBefore(i) &&
      /^[a-z].*s$/.test(this.toks[this.lastOf(obj.at) + 1]?.text ?? '') &&
      this.pos(this.lastOf(obj.at) + 1) === 'NOUN'
    )
      return [];
    // "praised and thanked Y": verbs coordinated before a shared object.
    if (!obj) {
      let c = objectFrom;
      while (this.pos(c) === 'ADV') c++;
      if (this.pos(c) === 'CCONJ' && this.pos(c + 1) === 'VERB' && !this.isMention(c + 1)) {
        const next = this.verbTrigger(c + 1);
        const from = c + 1 + (next?.words ?? 1);
        if (!this.isMention(from - 1))
          obj = this.objectRight(from, trig, { maxSteps: 3, direct: true });
      }
    }
    if (!obj && trig.preps.size > 0) {
      // "agreed with X", "sided with X": a preposition after an object or adverb.
      obj = this.objectRight(objectFrom, trig, { prepOnly: true, maxSteps: 6 });
    }
    if (!subj) {
      // "Among the groups which condemned Y was X", "In refusing Y's request, X said …".
      if (!obj) return [];
      const end = this.lastOf(obj.at) + 1;
      const inverted = this.invertedHolder(i, end);
      if (inverted) return [this.cand(inverted.ids, obj.ids, trig, i, i, i, 0.6)];
      const fronted = this.frontedAdjunctHolder(i);
      // "After criticising Y, X left": the comma list of the object stops before the holder.
      const targets = fronted ? obj.ids.filter((t) => !fronted.ids.includes(t)) : [];
      return fronted && targets.length ? [this.cand(fronted.ids, targets, trig, i, i, i, 0.6)] : [];
    }
    const scopeFrom = subj.at + 1;
    if (!obj) obj = this.openComplement(objectFrom, trig);
    if (!obj && !trig.prepOnly && trig.needs.size === 0) obj = this.laterConjunctObject(objectFrom);
    // "Bezos, whom Trump has repeatedly attacked": the antecedent of "whom" is the object.
    if (!obj && !subj.pronoun) {
      const a = this.relativeAntecedent(subj.at, i);
      if (a !== undefined) obj = { ids: [this.entityAt(a)!], at: a };
    }
    // "X saluted him", "she endorsed his nuclear deal": a pronoun object (or the possessor of
    // the object) stands for an earlier name of the same sentence.
    if (!obj && trig.needs.size === 0) obj = this.pronounObject(objectFrom, trig, subj);
    if (!obj) {
      // "X and Y agreed / clashed": reciprocal among coordinated subjects. A meeting or visit
      // with an object of its own is not with each other ("X and Y will visit the winners").
      let o = objectFrom;
      while (this.pos(o) === 'ADV') o++;
      const ownObject =
        trig.kind === 'consult' &&
        (['DET', 'NOUN', 'NUM'].includes(this.pos(o)) ||
          (this.pos(o) === 'PRON' && POSSESSIVE_PRONOUNS.has(this.norm(o))));
      if (
        trig.reciprocal &&
        subj.ids.length >= 2 &&
        !ownObject &&
        !(trig.polarity < 0 && this.jointAct(objectFrom, trig))
      ) {
        const c = this.cand(subj.ids, subj.ids, trig, scopeFrom, i, i, 0.7);
        c.reciprocal = true;
        return [c];
      }
      return [];
    }
    const c = this.cand(
      subj.ids,
      obj.ids,
      trig.kind === 'retreat' ? this.withdrawnCooperation(i, obj.at, trig) : trig,
      scopeFrom,
      i,
      i,
      subj.pronoun ? 0.6 : 0.8,
    );
    if (subj.pronoun) c.pronounSource = subj.at;
    if (trig.reciprocal && subj.ids.length >= 2 && obj.ids.length === 0) c.reciprocal = true;
    return [c];
  }

  /**
   * "X and Y joined forces to fight terrorism", "fought together", "fought against the rebels":
   * a conflict verb with an object or opponent of its own, or done jointly, sets the coordinated
   * subjects against a third party, not against each other ("fought each other", "fought a war"
   * still do).
   */
  private jointAct(from: number, trig: Trigger): boolean {
    let k = from;
    while (this.pos(k) === 'ADV' && !JOINTLY.has(this.norm(k))) k++;
    const w = this.norm(k);
    if (JOINTLY.has(w) || trig.preps.has(w)) return true;
    if (w === 'each' || w === 'one') return false;
    while (
      ['DET', 'ADJ', 'NUM'].includes(this.pos(k)) ||
      (this.pos(k) === 'PRON' && POSSESSIVE_PRONOUNS.has(this.norm(k)))
    )
      k++;
    return (
      (this.pos(k) === 'NOUN' || this.pos(k) === 'PROPN') && !INTERNAL_OBJECTS.has(this.lemma(k))
    );
  }

  /**
   * "withdrew its peacekeepers / inspectors / aid workers from Y": pulling a cooperative presence
   * out of Y reduces relations with Y (CAMEO "reduce or stop" / "withdraw"), a conflict act,
   * unlike withdrawing troops, which is a retreat.
   */
  private withdrawnCooperation(i: number, objAt: number, trig: Trigger): Trigger {
    for (let k = i + 1; k < objAt; k++) {
      if (this.lex.cooperativePresence.has(this.norm(k)))
        return { ...trig, kind: 'sever', quad: 'material_conflict', polarity: -1, intensity: 6 };
    }
    return trig;
  }

  private fromNoun(i: number, trig: Trigger): Candidate[] {
    if (trig.agentive) return this.fromAgentiveNoun(i, trig);
    // Left edge of the noun's NP, and the verb that governs it ("vows full backing for").
    let k = i - 1;
    while (
      k >= 0 &&
      !this.isMention(k) &&
      (this.pos(k) === 'ADJ' ||
        this.pos(k) === 'ADV' ||
        this.norm(k) === '-' ||
        this.norm(k + 1) === '-' ||
        this.norm(k - 1) === '-' ||
        // 'Trump\'s "attacks" on Y': a quotation mark after the possessive.
        (this.isQuote(k) && this.isPossessiveMark(k - 1)) ||
        (this.pos(k) === 'NOUN' && !this.lex.nouns.has(this.norm(k))))
    )
      k--;
    // "another show of support for Y", "a heap of blame on Y": the container noun heads the NP.
    let container = false;
    if (this.norm(k) === 'of' && this.lex.cues.containerNouns.has(this.lemma(k - 1))) {
      container = true;
      k -= 2;
      while (k >= 0 && !this.isMention(k) && (this.pos(k) === 'ADJ' || this.pos(k) === 'ADV')) k--;
    }
    // "provided $100 million (more) in aid to Y", "two billion euros of assistance": an amount
    // heads the NP; the verb before it governs the noun.
    if ((this.norm(k) === 'in' || this.norm(k) === 'of') && !container) {
      let a = k - 1;
      if (this.norm(a) === 'more') a--;
      if (this.pos(a) === 'NUM' || AMOUNT_WORDS.has(this.norm(a))) {
        while (
          a >= 0 &&
          !this.isMention(a) &&
          (this.pos(a) === 'NUM' ||
            this.pos(a) === 'SYM' ||
            AMOUNT_WORDS.has(this.norm(a)) ||
            this.pos(a) === 'ADV')
        )
          a--;
        k = a;
      }
    }
    let v = k;
    while (
      v >= 0 &&
      (this.pos(v) === 'DET' ||
        // 'sent a "message of greeting" to Y': quotation marks around the NP.
        this.isQuote(v) ||
        // "stepped up criticism of Y", "held out support": a particle after the light verb.
        (this.pos(v) === 'ADP' &&
          PARTICLES.has(this.norm(v)) &&
          this.pos(v - 1) === 'VERB' &&
          this.lex.cues.lightVerbs.has(this.lemma(v - 1))) ||
        (this.pos(v) === 'ADJ' && !(/ed$/.test(this.norm(v)) && this.auxBefore(v))) ||
        this.pos(v) === 'ADV' ||
        this.pos(v) === 'NUM' ||
        (this.pos(v) === 'PRON' && POSSESSIVE_PRONOUNS.has(this.norm(v))))
    )
      v--;
    // "offered Trump a tepid endorsement": an indirect object sits between verb and noun.
    let indirect: number | undefined;
    if (this.isMention(v) && v < i) {
      const f = this.firstOf(v) - 1;
      if (this.pos(f) === 'VERB' && this.lex.cues.lightVerbs.has(this.lemma(f))) {
        // A receive verb has no indirect object: "got American support" names the giver.
        if (!this.lex.cues.receiveVerbs.has(this.lemma(f))) indirect = v;
        v = f;
      }
    }
    const governing =
      this.pos(v) === 'VERB' ||
      // "Iran has the backing of Russia": possessive "have" is tagged AUX.
      (this.pos(v) === 'AUX' && this.lemma(v) === 'have' && v < i - 1) ||
      // "has similarly articulated his support": a participle after an auxiliary, tagged ADJ.
      (this.pos(v) === 'ADJ' && /ed$/.test(this.norm(v)) && this.auxBefore(v)) ||
      (this.pos(v) === 'NOUN' && /s$/.test(this.norm(v)) && this.isMention(v - 1)) ||
      // "X was another show of support for Y": the copula is tagged AUX.
      (container && this.pos(v) === 'AUX' && this.lex.cues.copulas.has(this.lemma(v)))
        ? this.lemma(v) || this.norm(v).replace(/s$/, '')
        : undefined;
    // "X was another show of support": a copula makes its subject the holder, for containers.
    const light =
      governing !== undefined &&
      (this.lex.cues.lightVerbs.has(governing) ||
        (container && this.lex.cues.copulas.has(governing)));
    const withdrawn = light && this.lex.cues.refusals.has(governing);
    // Target behind the noun's preposition ("support for Y", "strike on Y", "accusation that Y").
    let j = i + 1;
    while (j < this.n && (this.pos(j) === 'NOUN' || this.isQuote(j)) && !this.isMention(j)) j++;
    // "support and solidarity to Y".
    if (this.pos(j) === 'CCONJ' && this.pos(j + 1) === 'NOUN' && !this.isMention(j + 1)) j += 2;
    // "a mediation effort on Saturday between Y and Z": a time phrase before the preposition.
    if ((this.norm(j) === 'on' || this.norm(j) === 'in') && TIME_WORDS.has(this.norm(j + 1)))
      j += 2;
    let target: Arg | undefined;
    let between = false;
    const prep = this.norm(j);
    const preps = withdrawn ? new Set([...trig.preps, 'from']) : trig.preps;
    if ((this.pos(j) === 'ADP' || prep === 'to' || prep === 'that') && preps.has(prep)) {
      between = prep === 'between';
      target = this.objectRight(j + 1, trig, { prepOnly: false, maxSteps: 5 });
    } else if (/ing$/.test(this.norm(i)) && j === i + 1 && this.pos(j) !== 'ADP') {
      // A gerund takes its object directly: "resume shelling Albanian positions".
      target = this.objectRight(j, trig, { prepOnly: false, maxSteps: 3 });
    }
    if (!target && indirect !== undefined)
      target = { ids: [this.entityAt(indirect)!], at: indirect };
    // Source: possessor, compound modifier ("Russian airstrike"), "by/from X", or the subject of
    // the governing verb.
    let source: Arg | undefined;
    if (this.isPossessiveMark(k) && this.isMention(k - 1))
      source = { ids: [this.entityAt(k - 1)!], at: k - 1 };
    else if (this.isMention(k) && k === i - 1) source = { ids: [this.entityAt(k)!], at: k };
    else if (
      this.isMention(k) &&
      indirect === undefined &&
      this.prepBefore(k) === undefined &&
      this.pos(k + 1) !== 'ADP'
    )
      source = { ids: [this.entityAt(k)!], at: k };
    const after = target ? this.lastOf(target.at) + 1 : i + 1;
    if (!source && !withdrawn) {
      const agent = this.agentBy(after, ['by', 'from']);
      // "X came under attack from Y", "X remains under investigation by Y".
      if (agent && !target && this.norm(v) === 'under') {
        // "came / fell under fire from Y": the subject is that of the verb before "under".
        const patient = this.subjectLeft(this.pos(v - 1) === 'VERB' ? v - 1 : v);
        if (!patient || patient.pronoun) return [];
        return [this.cand(agent.ids, patient.ids, trig, patient.at + 1, i, i, 0.6)];
      }
      // "X drew criticism from Y", "X earned praise from Y": the receive rule below decides.
      if (agent && !(light && this.lex.cues.receiveVerbs.has(governing ?? ''))) source = agent;
    }
    // "his praise of Putin": the possessive pronoun stands for the clause's subject.
    if (!source && (this.pos(v + 1) === 'PRON' || this.pos(k) === 'PRON') && !light) {
      const at = this.pos(k) === 'PRON' ? k : v + 1;
      const ref = this.possessiveReferent(at);
      if (ref !== undefined) source = { ids: [this.entityAt(ref)!], at: ref };
    }
    if (!source && light) {
      const s = this.subjectLeft(v);
      if (s && (s.ids.length || s.pronoun)) {
        if (this.lex.cues.receiveVerbs.has(governing)) {
          // "X won the backing of Y", "X faces criticism from Y": the subject is the target.
          const from =
            this.agentBy(after, ['from', 'of', 'by']) ??
            (target && prep === 'of' ? target : undefined);
          if (!from || s.pronoun) return [];
          return [this.cand(from.ids, s.ids, trig, s.at + 1, i, i, 0.6)];
        }
        source = s;
      }
    }
    // "X responded to Y's attacks", "X hit back at Y's criticism": the responder is the target.
    if (source && !target && trig.polarity === -1 && this.isPossessiveMark(k)) {
      let r = this.firstOf(source.at) - 1;
      while (r >= 0 && (this.pos(r) === 'DET' || this.pos(r) === 'ADV')) r--;
      if (['to', 'at', 'against', 'off', 'back'].includes(this.norm(r))) r--;
      if (this.norm(r) === 'back') r--;
      if (this.pos(r) === 'VERB' && this.lex.cues.responseVerbs.has(this.lemma(r))) {
        const responder = this.subjectLeft(r);
        if (responder && !responder.pronoun && responder.ids.length)
          return [this.cand(source.ids, responder.ids, trig, i, i, i, 0.5)];
      }
    }
    if (!source || !target) {
      // "Turkey won American backing", "X faced Russian attacks": after a receive verb the
      // possessor or modifier of the noun acts on the verb's subject ("lost" states no act).
      if (
        source &&
        !target &&
        light &&
        governing !== 'lose' &&
        this.lex.cues.receiveVerbs.has(governing ?? '') &&
        source.at > v &&
        source.at < i
      ) {
        const s = this.subjectLeft(v);
        // The scope ends at the verb: "will not get American support" negates the getting.
        if (s && !s.pronoun && s.ids.length)
          return [this.cand(source.ids, s.ids, trig, s.at + 1, v + 1, i, 0.6)];
      }
      // "X and Y reached an agreement", "failed to reach a deal": both ways among the subjects.
      if (source && !target && light && trig.reciprocal && source.ids.length >= 2) {
        const c = this.cand(source.ids, source.ids, trig, source.at + 1, i, i, 0.6);
        c.reciprocal = true;
        return [c];
      }
      if (between && target && target.ids.length >= 2 && trig.reciprocal) {
        const c = this.cand(target.ids, target.ids, trig, i, i, i, 0.6);
        c.reciprocal = true;
        return [c];
      }
      return [];
    }
    const c = this.cand(source.ids, target.ids, trig, Math.min(source.at + 1, i), i, i, 0.7);
    if (source.pronoun) c.pronounSource = source.at;
    if (withdrawn) c.negated = true;
    return [c];
  }

  /**
   * The entity a subject pronoun ("he", "they") refers to: the subject of the sentence's first
   * verb, when it is a single entity of a fitting type and comes before the pronoun.
   */
  private subjectReferent(at: number): number | undefined {
    const w = this.norm(at);
    if (w === 'i' || w === 'we') return undefined;
    let v = 0;
    while (v < at && this.pos(v) !== 'VERB') v++;
    if (v >= at) return undefined;
    const subj = this.subjectLeft(v);
    if (!subj || subj.pronoun || subj.ids.length !== 1) return undefined;
    const mention = this.view.mentions[this.mentionIndex(subj.at)];
    if (!mention) return undefined;
    const person = mention.type === 'Person';
    if ((w === 'he' || w === 'she') && !person) return this.onlyPersonBefore(at);
    if ((w === 'it' || w === 'they') && person) return undefined;
    if (this.otherGenderBetween(subj.at, at)) return undefined;
    return subj.at;
  }

  /**
   * "The FA hit Martinez with a charge after he accused Y": when the main subject is no person,
   * "he"/"she" is the one person named before it, if there is exactly one.
   */
  private onlyPersonBefore(at: number): number | undefined {
    let found: number | undefined;
    for (let m = at - 1; m >= 0; m--) {
      if (!this.isMention(m)) continue;
      const first = this.firstOf(m);
      if (this.view.mentions[this.mentionIndex(m)]?.type === 'Person') {
        if (found !== undefined && this.entityAt(found) !== this.entityAt(first)) return undefined;
        found = first;
      }
      m = first;
    }
    return found !== undefined && !this.otherGenderBetween(found, at) ? found : undefined;
  }

  /**
   * A subject pronoun that cannot stand for `entity`, named earlier in the sentence: "they" for
   * one person (not "X and other owners", "militants loyal to X"), "it" for a person, and "he"
   * where "she" already stood for someone after the name ("Collins said she doubted he would
   * support Y").
   */
  private pronounMismatch(pron: number, entity: string): boolean {
    const w = this.norm(pron);
    let at = -1;
    for (let m = pron - 1; m >= 0; m--)
      if (this.isMention(m) && this.entityAt(m) === entity) {
        at = this.firstOf(m);
        break;
      }
    if (at < 0) return false;
    const person = this.view.mentions[this.mentionIndex(at)]?.type === 'Person';
    // "Mara and many other owners said that they …": the speaker NP is plural.
    // "Militants loyal to Iraq's frontman X said they …": the name is inside a plural NP.
    if (w === 'they') {
      if (!person || this.pos(this.lastOf(at) + 1) === 'CCONJ') return false;
      let k = at - 1;
      while (
        k >= 0 &&
        (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(this.pos(k)) ||
          this.isMention(k) ||
          this.isPossessiveMark(k))
      )
        k--;
      return this.pos(k) !== 'ADP';
    }
    if (w === 'it') return person;
    if (w === 'he' || w === 'she') return this.otherGenderBetween(at, pron);
    return false;
  }

  /** "he" at `pron` after a "she"/"her" that follows the name at `from` (or the reverse). */
  private otherGenderBetween(from: number, pron: number): boolean {
    const w = this.norm(pron);
    const other =
      w === 'he' ? ['she', 'her', 'herself'] : w === 'she' ? ['he', 'him', 'his', 'himself'] : [];
    if (other.length === 0) return false;
    for (let k = from + 1; k < pron; k++) if (other.includes(this.norm(k))) return true;
    return false;
  }

  /**
   * The patient named by a pronoun right after the trigger (or its preposition): an object
   * pronoun ("saluted him", "lashed out at them") or the possessor of an object NP that names
   * no one ("endorsed his nuclear deal": a stance toward someone's act is a stance toward them).
   * The referent is the nearest earlier mention of a fitting type other than the subject; a
   * possessive whose nearest candidate is the subject reads reflexively ("Trump praised his
   * supporters") and yields nothing.
   */
  private pronounObject(from: number, trig: Trigger, subj: Arg): Arg | undefined {
    let j = from;
    while (this.pos(j) === 'ADV') j++;
    const viaPrep = this.pos(j) === 'ADP' && trig.preps.has(this.norm(j));
    if (viaPrep) j++;
    else if (trig.prepOnly) return undefined;
    if (this.pos(j) !== 'PRON' || this.isMention(j)) return undefined;
    const w = this.norm(j);
    const objective = ['him', 'her', 'them'].includes(w);
    const possessive = ['his', 'her', 'their', 'its'].includes(w);
    if (!objective && !possessive) return undefined;
    if (possessive && !objective) {
      // The possessed NP: modifiers and nouns up to its end, naming no one.
      let k = j + 1;
      while (k < j + 5 && (this.pos(k) === 'ADJ' || this.pos(k) === 'NOUN') && !this.isMention(k))
        k++;
      if (k === j + 1 || this.pos(k - 1) !== 'NOUN' || this.isMention(k)) return undefined;
    }
    const person = w === 'him' || w === 'his' || w === 'her';
    for (let m = j - 1; m >= 0; m--) {
      if (!this.isMention(m)) continue;
      const first = this.firstOf(m);
      const mention = this.view.mentions[this.mentionIndex(m)];
      const isPerson =
        mention?.type === 'Person' || PERSON_TITLES.has(this.norm(this.lastOf(m) + 1));
      if (mention && isPerson === person) {
        const id = this.entityAt(m)!;
        // "X continued her criticism of Y, defended her speech": the same possessive already
        // used of the subject before Y names the subject again, not Y.
        const determiner = possessive && ['NOUN', 'ADJ', 'PROPN'].includes(this.pos(j + 1));
        if (determiner && !subj.pronoun && !subj.ids.includes(id)) {
          for (let k = this.lastOf(subj.at) + 1; k < first; k++)
            if (this.norm(k) === w && this.pos(k) === 'PRON') return undefined;
        }
        // "him" is never the clause's own subject ("X thanked him"); "his" may be ("X praised
        // his own supporters"), so that reading yields nothing.
        if (!subj.ids.includes(id)) {
          // "Republicans who control the Senate …, prompting Democrats to accuse them": "them"
          // prefers an earlier plural name over a singular one nearer.
          if (w === 'them' && !/s$/.test(this.norm(this.lastOf(m)))) {
            const plural = this.earlierPlural(first, subj);
            if (plural !== undefined) return { ids: [this.entityAt(plural)!], at: plural };
          }
          return { ids: [id], at: first };
        }
        // "she endorsed his deal": a subject pronoun of the other gender is not the possessor.
        const otherGender =
          subj.pronoun &&
          (w === 'his' ? this.norm(subj.at) === 'she' : this.norm(subj.at) === 'he');
        if (!objective && !otherGender) return undefined;
      }
      m = first;
    }
    return undefined;
  }

  /** The subject mention a possessive pronoun refers to: the nearest earlier non-PP mention of a fitting type. */
  private possessiveReferent(at: number): number | undefined {
    const w = this.norm(at);
    if (!POSSESSIVE_PRONOUNS.has(w)) return undefined;
    for (let m = at - 1; m >= 0; m--) {
      if (!this.isMention(m)) continue;
      const mention = this.view.mentions[this.mentionIndex(m)];
      const first = this.firstOf(m);
      if (
        mention &&
        this.prepBefore(m) === undefined &&
        !this.isPossessiveMark(this.lastOf(m) + 1)
      ) {
        // "The Israeli leader capped off his attacks": a state named before a person's title.
        const person =
          mention.type === 'Person' || PERSON_TITLES.has(this.norm(this.lastOf(m) + 1));
        if ((w === 'his' || w === 'her') && !person) return undefined;
        if (w === 'its' && mention.type === 'Person') return undefined;
        // "their" stands for a group or state, or for coordinated names, not for one person.
        if (w === 'their' && person && this.coordLeft(m).length < 2) return undefined;
        return first;
      }
      m = first;
    }
    return undefined;
  }

  /** "X, a critic of Y", "X is one of Y's strongest critics", "Y's ally X". */
  private fromAgentiveNoun(i: number, trig: Trigger): Candidate[] {
    let k = i - 1;
    while (
      k >= 0 &&
      !this.isMention(k) &&
      (this.pos(k) === 'ADJ' || this.pos(k) === 'ADV' || this.norm(k) === '-')
    )
      k--;
    let target: Arg | undefined;
    let left = k;
    if (this.isPossessiveMark(k) && this.isMention(k - 1)) {
      target = { ids: [this.entityAt(k - 1)!], at: k - 1 };
      left = this.firstOf(k - 1) - 1;
    } else if (this.isMention(k) && !this.isPossessiveMark(k + 1) && !trig.prepOnly) {
      // "a Peta supporter", "American allies Saudi Arabia", "Russias strongest critics"; not a
      // noun that needs its preposition ("Chelsea defender Y" plays for Chelsea).
      target = { ids: [this.entityAt(k)!], at: k };
      left = this.firstOf(k) - 1;
    } else if (trig.preps.has(this.norm(i + 1))) {
      // "a critic of Y", "a believer in Y", "a donor to Y", "a fan of striker Y".
      let m = i + 2;
      while (
        m < this.n &&
        (this.pos(m) === 'DET' ||
          this.pos(m) === 'ADJ' ||
          (this.pos(m) === 'NOUN' && isTitleWord(this.norm(m))))
      )
        m++;
      if (this.isMention(m)) target = { ids: this.coordRight(m).ids, at: m };
      left = k;
    }
    if (!target) return [];
    // The holder: "X, a critic of Y" (apposition), "X is a critic of Y" (copula), "Y's ally X".
    let source: Arg | undefined;
    const right = target.at < i ? i + 1 : this.lastOf(target.at) + 1;
    if (target.at < i && this.isMention(i + 1))
      source = { ids: [this.entityAt(i + 1)!], at: i + 1 };
    if (!source && this.isComma(right) && this.isMention(right + 1) && target.at < i)
      source = { ids: [this.entityAt(right + 1)!], at: right + 1 };
    // "Y's critics, including X and Z", "critics of Y such as X": the list names the holders.
    if (!source) {
      let m = this.isComma(right) ? right + 1 : right;
      if (this.norm(m) === 'including' || this.norm(m) === 'like') m++;
      else if (this.norm(m) === 'such' && this.norm(m + 1) === 'as') m += 2;
      else m = -1;
      if (m > 0) {
        while (m < this.n && m < right + 8 && !this.isMention(m) && this.isNpModifier(m)) m++;
        if (this.isMention(m)) source = { ids: this.coordRight(m).ids, at: m };
      }
    }
    if (!source) {
      let m = left;
      while (
        m >= 0 &&
        !this.isMention(m) &&
        (this.pos(m) === 'DET' ||
          this.pos(m) === 'ADJ' ||
          this.pos(m) === 'NUM' ||
          this.pos(m) === 'PROPN' ||
          this.pos(m) === 'CCONJ' ||
          this.pos(m) === 'NOUN' ||
          ['of', 'one', 'among', 'as'].includes(this.norm(m)))
      )
        m--;
      if (this.isComma(m) && this.isMention(m - 1))
        source = { ids: [this.entityAt(m - 1)!], at: m - 1 };
      else if (
        (this.pos(m) === 'AUX' || this.pos(m) === 'VERB') &&
        this.lex.cues.copulas.has(this.lemma(m))
      ) {
        const s = this.subjectLeft(m);
        if (s && s.ids.length) source = s;
      }
    }
    if (!source) return [];
    return [this.cand(source.ids, target.ids, trig, Math.min(source.at + 1, i), i, i, 0.6)];
  }

  /**
   * Targets inside a complement clause: "demanded that Y …" (Y is the target), "threatened to
   * impose a curfew in Y", "refused to deploy troops in Y" (first entity of the verb phrase,
   * unless that phrase has its own trigger, which then carries the stance).
   */
  private openComplement(from: number, trig: Trigger): Arg | undefined {
    let k = from;
    while (this.pos(k) === 'ADV') k++;
    if (trig.kind === 'demand' || trig.kind === 'warn' || trig.kind === 'accuse') {
      // "warned (that) it would retaliate if Y attacked": a warning aimed at the condition's subject.
      const cond = (m: number): Arg | undefined =>
        trig.kind === 'warn' ? this.conditionSubject(m) : undefined;
      if (this.norm(k) !== 'that') return cond(k);
      return this.clauseSubjectRight(k + 1) ?? cond(k + 1);
    }
    if (
      (trig.kind === 'threaten' || trig.kind === 'reject') &&
      this.norm(k) === 'to' &&
      this.toks[k + 1]
    ) {
      // "declined to comment on / respond to Y's charges" withholds a reply; it rejects no one.
      if (COMMENT_VERBS.has(this.lemma(k + 1))) return undefined;
      for (let m = k + 1; m < Math.min(this.n, k + 13); m++) {
        // "threatened to halt the talks if Y goes ahead with …": the threat is aimed at the
        // subject of its condition.
        if (trig.kind === 'threaten' && CONDITION_OPENERS.has(this.norm(m)))
          return this.clauseSubjectRight(m + 1);
        if (this.isHardBreak(m) || this.isComma(m) || this.lex.cues.conditionals.has(this.norm(m)))
          return undefined;
        if (this.isMention(m)) {
          const c = this.coordRight(m);
          return { ids: c.ids, at: c.head };
        }
        const inner = this.verbTrigger(m);
        if (inner && this.fromVerb(m, inner).length > 0) return undefined;
      }
    }
    // "threatened retaliation if Y expands": no infinitive, a condition ahead.
    if (trig.kind === 'threaten' && this.norm(k) !== 'to') return this.conditionSubject(k);
    return undefined;
  }

  /**
   * "warned it would close the strait if Y imposed sanctions": the subject of a condition ahead in
   * the clause, before any name, comma or other break.
   */
  private conditionSubject(from: number): Arg | undefined {
    for (let m = from; m < Math.min(this.n, from + 15); m++) {
      if (CONDITION_OPENERS.has(this.norm(m))) return this.clauseSubjectRight(m + 1);
      if (this.isMention(m) || this.isHardBreak(m) || this.isComma(m)) return undefined;
    }
    return undefined;
  }

  /**
   * The name that opens the clause at `k` ("that President Mugabe …", "that its European partners
   * …": determiners, possessive pronouns, adjectives and titles before it), with its conjuncts.
   */
  private clauseSubjectRight(k: number): Arg | undefined {
    const np = k;
    while (
      k < this.n &&
      k < np + 4 &&
      !this.isMention(k) &&
      (this.pos(k) === 'DET' ||
        this.pos(k) === 'ADJ' ||
        this.isQuote(k) ||
        this.pos(k) === 'PROPN' ||
        (k === np && POSSESSIVE_PRONOUNS.has(this.norm(k))) ||
        (this.pos(k) === 'NOUN' && /^[A-Z]/.test(this.toks[k]!.text)))
    )
      k++;
    if (!this.isMention(k)) return undefined;
    const c = this.coordRight(k);
    return { ids: c.ids, at: c.head };
  }

  private fromAdjective(i: number, trig: Trigger): Candidate[] {
    const target = this.objectRight(i + 2, trig, { prepOnly: false, maxSteps: 4 });
    if (!target) return [];
    const subj = this.subjectLeft(i);
    if (!subj) return [];
    const c = this.cand(subj.ids, target.ids, trig, subj.at + 1, i, i, 0.6);
    if (subj.pronoun) c.pronounSource = subj.at;
    return [c];
  }

  /**
   * "X called on Y to stop …", "X urged Y to release …": asking someone to cease or undo what
   * they do states that X disapproves of it, a demand on Y (the verb of the infinitive must be
   * one of cessation, {@link CESSATION_VERBS}; "urged Y to back Z" is Z's, see subjectLeft).
   */
  private cessationDemand(i: number): Candidate[] {
    // Cheap test first: most "want", "need", "told" are not followed by "to" within a few words.
    let to = -1;
    for (let m = i + 2; m < Math.min(this.n, i + 10); m++)
      if (this.toks[m]!.normal === 'to') {
        to = m;
        break;
      }
    if (to < 0) return [];
    let j = i + 1;
    if (this.norm(j) === 'on' || this.norm(j) === 'upon') j++;
    while (j < this.n && j < i + 6 && !this.isMention(j) && this.isNpModifier(j)) j++;
    if (!this.isMention(j)) return [];
    const obj = this.coordRight(j);
    let k = obj.end + 1;
    if (this.norm(k) !== 'to') return [];
    k++;
    while (this.pos(k) === 'ADV') k++;
    if (!CESSATION_VERBS.has(this.lemma(k)) && !CESSATION_VERBS.has(this.norm(k))) return [];
    const subj = this.subjectLeft(i);
    if (!subj) return [];
    const demand = this.lex.verbs.get('demand');
    if (!demand) return [];
    const c = this.cand(subj.ids, obj.ids, demand, subj.at + 1, i, i, 0.6);
    if (subj.pronoun) c.pronounSource = subj.at;
    return [c];
  }

  /**
   * The mention a relative clause with subject `at` is attached to, when its pronoun stands for
   * the object ("Y, whom X praised", "Y, who X has called a liar", "the Y that X backs").
   */
  private relativeAntecedent(at: number, verb: number): number | undefined {
    let w = this.firstOf(at) - 1;
    while (w >= 0 && (this.pos(w) === 'DET' || this.pos(w) === 'ADJ')) w--;
    const rel =
      this.norm(w) === 'whom' ||
      this.norm(w) === 'who' ||
      (this.norm(w) === 'that' && this.pos(w) === 'PRON');
    if (!rel) return this.zeroRelativeAntecedent(w, verb);
    let a = w - 1;
    if (this.isComma(a)) a--;
    return this.isMention(a) ? this.firstOf(a) : undefined;
  }

  /**
   * "Y, someone X respects", "Y would be an asset, a leader X admires": a relative clause
   * without a pronoun after an apposition to Y (`w` is the word before the clause's subject).
   * The apposition renames the name before its comma, or the subject of the copula before it.
   */
  private zeroRelativeAntecedent(w: number, verb: number): number | undefined {
    // The clause's verb has no object of its own, or only a degree ("respects a great deal");
    // an evaluation verb (`verb` < 0) has its complement ("a man X called a liar").
    let o = verb + 1;
    while (this.pos(o) === 'ADV') o++;
    if (
      (verb >= 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(this.pos(o))) ||
      this.isQuote(o)
    ) {
      while (o < verb + 6 && !DEGREE_NOUNS.has(this.norm(o)) && !this.isMention(o)) {
        if (!['DET', 'ADJ', 'ADV'].includes(this.pos(o)) && !this.isQuote(o)) return undefined;
        o++;
      }
      if (!DEGREE_NOUNS.has(this.norm(o))) return undefined;
    }
    let h = w;
    if (this.norm(h) !== 'someone' && this.norm(h) !== 'somebody') {
      // "a leader", "the man": a common noun with its determiner ("the day X …" is a time).
      if (this.pos(h) !== 'NOUN' || !/^[a-z]/.test(this.toks[h]?.text ?? '')) return undefined;
      if (RELATIVE_ADVERBIAL_NOUNS.has(this.norm(h))) return undefined;
      h--;
      while (h >= 0 && this.pos(h) === 'ADJ') h--;
      if (this.pos(h) !== 'DET') return undefined;
    }
    const comma = h - 1;
    if (!this.isComma(comma)) return undefined;
    if (this.isMention(comma - 1)) return this.firstOf(comma - 1);
    // "Y would be an asset to Z, someone X respects": the copula's subject.
    for (let k = comma - 1; k >= 0 && comma - k <= 12; k--) {
      if (this.isHardBreak(k) || this.isComma(k) || this.pos(k) === 'VERB') return undefined;
      if (this.pos(k) === 'AUX' && this.lemma(k) === 'be') {
        const s = this.subjectLeft(k);
        return s && !s.pronoun && s.ids.length === 1 ? s.at : undefined;
      }
    }
    return undefined;
  }

  /**
   * "Among the groups which condemned Y was X": the inverted copula names the holders of the
   * relative clause's stance. `end` is the token after the object.
   */
  private invertedHolder(i: number, end: number): Arg | undefined {
    let r = i - 1;
    while (r >= 0 && (this.pos(r) === 'ADV' || this.pos(r) === 'AUX')) r--;
    if (!['who', 'which', 'that'].includes(this.norm(r))) return undefined;
    let a = r - 1;
    while (a >= 0 && ['NOUN', 'ADJ', 'DET', 'NUM'].includes(this.pos(a)) && !this.isMention(a)) a--;
    if (this.norm(a) === 'those' || this.norm(a) === 'them') a--;
    if (this.norm(a) !== 'among' || a !== 0) return undefined;
    let c = end;
    if (!(this.pos(c) === 'AUX' && this.lemma(c) === 'be')) return undefined;
    c++;
    while (c < end + 8 && !this.isMention(c) && this.isNpModifier(c)) c++;
    // Wink may tag a name after common nouns as a noun or verb ("the rights group Stonewall").
    while (c < end + 8 && !this.isMention(c) && this.pos(c) === 'NOUN') c++;
    if (!this.isMention(c)) return undefined;
    const holders = this.coordRight(c);
    return { ids: holders.ids, at: holders.head };
  }

  /**
   * "Y was called a liar by X", "Y, branded a traitor by X", "insurgents deemed moderate by X":
   * a passive evaluation verb whose evaluation ends at "by" and its agent. undefined when the
   * verb is not such a passive; [] when it is but nothing evaluative or nobody is named.
   */
  private passiveEvaluation(i: number): Candidate[] | undefined {
    if (!/(ed|en)$/.test(this.norm(i))) return undefined;
    const asOnly = this.lex.cues.evaluationAsVerbs.has(this.lemma(i));
    // "Y, described by X as reckless": the agent before the evaluation.
    if (this.norm(i + 1) === 'by') return this.agentFirstEvaluation(i, asOnly);
    if (asOnly && this.norm(i + 1) !== 'as') return undefined;
    // "as" is a clause breaker elsewhere; here it introduces the evaluation.
    const open = this.norm(i + 1) === 'as' ? i + 2 : i + 1;
    const by = this.byAfterComplement(i, open);
    if (by === undefined) return undefined;
    // Reduced ("Y, branded a liar by X") or with its auxiliary ("Y was called a liar by X").
    const agent = this.agentBy(by);
    if (!agent) return [];
    const patient = this.subjectLeft(i);
    if (!patient || patient.pronoun || patient.ids.length === 0) return [];
    if (this.prepBefore(patient.at) !== undefined && !this.reducedOn(patient.at, i)) return [];
    return this.passiveJudgement(agent, patient, this.valenceIn(open, by, 1, true, true), by, i);
  }

  /**
   * The "by" of a passive participle at `i` whose complement starts at `open` ("called a liar
   * by", "hailed as a hero by"): a short phrase with no name, verb or break before it.
   */
  private byAfterComplement(i: number, open: number): number | undefined {
    let by = open;
    while (
      by < i + 7 &&
      by < this.n &&
      this.norm(by) !== 'by' &&
      !this.isHardBreak(by) &&
      !this.isComma(by) &&
      !this.isMention(by) &&
      this.pos(by) !== 'VERB'
    )
      by++;
    return this.norm(by) === 'by' && by > open ? by : undefined;
  }

  /**
   * A reduced participle at `i` right after the NP of the mention at `at` (only its head nouns
   * between: "support for Y insurgents deemed moderate by X"): it describes that NP wherever the
   * NP stands, also inside a prepositional phrase.
   */
  private reducedOn(at: number, i: number): boolean {
    for (let k = this.lastOf(at) + 1; k < i; k++)
      if (this.pos(k) !== 'NOUN' || this.isMention(k)) return false;
    return true;
  }

  /** The candidate of a passive evaluation once its agent, patient and valence are known. */
  private passiveJudgement(
    agent: Arg,
    patient: Arg,
    v: number,
    by: number,
    i: number,
  ): Candidate[] {
    if (v === 0) return [];
    const c = this.cand(agent.ids, patient.ids, this.evalTrigger(v), by, by, i, 0.6);
    c.polarity = v > 0 ? 1 : -1;
    return [c];
  }

  /**
   * "Y, described by X as reckless", "Y was regarded by X as a threat": the agent right after
   * the participle, then the evaluation after "as" (or directly, for verbs that need no "as":
   * "Y was called by X a liar") up to the end of the phrase.
   */
  private agentFirstEvaluation(i: number, asOnly: boolean): Candidate[] {
    const agent = this.agentBy(i + 1);
    if (!agent) return [];
    let open = this.lastOf(agent.at) + 1;
    // The agent's coordinated names ("by X and Z as …").
    while (
      open < i + 12 &&
      (this.isMention(open) || this.pos(open) === 'CCONJ' || this.isComma(open))
    )
      open++;
    if (this.norm(open) === 'as') open++;
    else if (asOnly) return [];
    const end = this.phraseEnd(open, open + 6, true);
    if (end === open) return [];
    const patient = this.subjectLeft(i);
    if (!patient || patient.pronoun || patient.ids.length === 0) return [];
    if (this.prepBefore(patient.at) !== undefined && !this.reducedOn(patient.at, i)) return [];
    return this.passiveJudgement(
      agent,
      patient,
      this.valenceIn(open, end, 1, true, true),
      i + 1,
      i,
    );
  }

  /**
   * "In refusing Y's request, X asserted …", "After criticising Y, X left", "Praising Y, X said
   * …": a gerund or participle that opens the sentence takes the subject of the main clause
   * after its comma.
   */
  private frontedAdjunctHolder(i: number): Arg | undefined {
    if (!/ing$/.test(this.norm(i))) return undefined;
    let s = i - 1;
    while (s >= 0 && this.pos(s) === 'ADV') s--;
    if (s >= 0 && FRONTED_ADJUNCT_PREPS.has(this.norm(s))) s--;
    if (s >= 0 && !this.isQuote(s)) return undefined;
    let c = i + 1;
    while (c < this.n && c < i + 16 && !this.isComma(c) && !this.isHardBreak(c)) c++;
    if (!this.isComma(c)) return undefined;
    let m = c + 1;
    while (m < c + 8 && !this.isMention(m) && this.isNpModifier(m)) m++;
    if (!this.isMention(m)) return undefined;
    const holders = this.coordRight(m);
    let v = holders.end + 1;
    // "Russian forces destroyed": the head noun after a modifier name.
    while (this.pos(v) === 'NOUN' && !this.isMention(v) && v < holders.end + 4) v++;
    while (this.pos(v) === 'ADV' || this.pos(v) === 'AUX') v++;
    return this.pos(v) === 'VERB' ? { ids: holders.ids, at: holders.head } : undefined;
  }

  /** "X called Y a liar", "X described Y as a strong leader". */
  private evaluationCall(i: number): Candidate[] {
    const passive = this.passiveEvaluation(i);
    if (passive) return passive;
    const subj = this.subjectLeft(i);
    if (!subj) return [];
    let j = i + 1;
    while (j < this.n && (this.pos(j) === 'DET' || this.isQuote(j) || this.pos(j) === 'ADJ')) j++;
    let obj: { ids: string[]; end: number };
    if (this.isMention(j)) obj = this.coordRight(j);
    else {
      // "Y, whom X has called a liar": the antecedent of the relative pronoun is the object.
      const rel = subj.pronoun ? undefined : this.relativeAntecedent(subj.at, -1);
      if (rel === undefined) return [];
      obj = { ids: [this.entityAt(rel)!], end: i };
    }
    // "described Y's response as 'unacceptable'": the evaluation of Y's act is one of Y.
    let from = obj.end + 1;
    if (this.isPossessiveMark(from)) {
      from++;
      const np = from;
      while (from < np + 3 && (this.pos(from) === 'NOUN' || this.pos(from) === 'ADJ')) from++;
      if (from === np || this.isMention(from)) return [];
    }
    // The evaluation follows the object directly: "a liar", "as dangerous", "the worst …".
    if (this.lex.cues.evaluationAsVerbs.has(this.lemma(i)) && this.norm(from) !== 'as') return [];
    let e = from;
    // "as" is a clause breaker elsewhere ("as he left"); here it introduces the evaluation.
    if (this.norm(e) === 'as') e++;
    while (
      e < this.n &&
      e < from + 6 &&
      !this.isHardBreak(e) &&
      !this.isComma(e) &&
      (this.pos(e) !== 'ADP' || this.norm(e) === 'as' || this.norm(e) === 'of') &&
      this.pos(e) !== 'VERB'
    )
      e++;
    const v = this.valenceIn(from, e, 1, true, true);
    if (v === 0) return [];
    const trig = this.evalTrigger(v);
    const c = this.cand(subj.ids, obj.ids, trig, subj.at + 1, i, i, 0.6);
    c.polarity = v > 0 ? 1 : -1;
    if (subj.pronoun) c.pronounSource = subj.at;
    return [c];
  }

  /**
   * A participle wink tags ADJ where it is the verb: after its subject ("X branded Y a liar"), an
   * auxiliary ("was branded a liar") or a comma ("Y, branded a traitor by X"), not inside an NP.
   */
  private adjParticiple(i: number): boolean {
    return (
      this.pos(i) === 'ADJ' &&
      /ed$/.test(this.norm(i)) &&
      (this.isMention(i - 1) || this.auxBefore(i) || this.isComma(i - 1))
    );
  }

  /** A speech verb, also when wink tags it ADJ after its subject ("Newton alleged Y is …"). */
  private isSpeechVerb(i: number): boolean {
    const t = this.toks[i]!;
    if (t.pos === 'VERB') return true;
    // "…, warning (lawmakers) that Y …": a participle after a comma that wink tags NOUN.
    if (t.pos === 'NOUN' && /ing$/.test(t.normal) && this.isComma(i - 1)) return true;
    return (
      t.pos === 'ADJ' &&
      /ed$/.test(t.normal) &&
      // "X alleged that", "X has alleged that": wink may tag the participle as an adjective.
      (this.isMention(i - 1) || this.auxBefore(i)) &&
      (this.norm(i + 1) === 'that' || this.isMention(i + 1))
    );
  }

  /**
   * Between a speech verb at `i` (one that takes an addressee) and its "that" clause, the words
   * from `from` on open with an addressee NP ("told reporters in …", "warned U.S. lawmakers …"),
   * not with a preposition.
   */
  private speechWithAddressee(i: number, from: number): boolean {
    return ADDRESSEE_VERBS.has(this.lemma(i)) && this.pos(from) !== 'ADP';
  }

  /** "X said (that) Y is great" -> X -> Y with the evaluation's sign. */
  private reportedEvaluation(i: number): Candidate[] {
    let j = i + 1;
    // "said on Tuesday that …": a short time phrase before the complement; "told reporters in
    // Jerusalem on Tuesday that …", "warned U.S. lawmakers in an address last month that …": an
    // addressee and its phrases (names included) when a "that" follows.
    let t = j;
    while (
      t < this.n &&
      t < j + 12 &&
      (this.isMention(t) ||
        ['ADP', 'NOUN', 'PROPN', 'NUM', 'ADV', 'DET', 'ADJ'].includes(this.pos(t))) &&
      this.norm(t) !== 'that'
    )
      t++;
    if (this.norm(t) === 'that' && (t - j < 4 || this.speechWithAddressee(i, j))) j = t;
    while (
      j < this.n &&
      (this.norm(j) === 'that' || this.isQuote(j) || this.isComma(j) || this.norm(j) === ':')
    )
      j++;
    // "announced that President Kagame …": determiners and titles before the name.
    const np = j;
    while (
      j < this.n &&
      j < np + 3 &&
      !this.isMention(j) &&
      (this.pos(j) === 'DET' || this.pos(j) === 'ADJ' || /^[A-Z]/.test(this.toks[j]!.text))
    )
      j++;
    if (!this.isMention(j)) return [];
    const subjOfClause = this.coordRight(j);
    let k = subjOfClause.end + 1;
    // "said Bitcoin, the biggest cryptocurrency, is a fraud": skip an apposition without a verb.
    if (this.isComma(k)) {
      let c = k + 1;
      while (c < this.n && c < k + 12 && !this.isComma(c) && !this.isHardBreak(c)) {
        if (this.pos(c) === 'VERB' || this.pos(c) === 'AUX' || this.isMention(c)) break;
        c++;
      }
      if (this.isComma(c) && c > k + 1) k = c + 1;
    }
    // "X alleged / charged that Y …": the allegation is X's accusation of Y, whatever Y is said
    // to do (the verb rules add what Y does, attributed to X).
    const l = this.lemma(i);
    if ((l === 'allege' || l === 'charge') && !this.isPossessiveMark(k)) {
      const speaker = this.subjectLeft(i);
      const accuse = this.lex.verbs.get('accuse');
      if (speaker && !speaker.pronoun && speaker.ids.length && accuse)
        return [this.cand(speaker.ids, subjOfClause.ids, accuse, speaker.at + 1, i, i, 0.6)];
    }
    if (this.isPossessiveMark(k)) {
      k++;
      while (
        k < this.n &&
        (this.pos(k) === 'NOUN' || this.pos(k) === 'ADJ' || this.inHyphenated(k))
      )
        k++;
    }
    // "X said Y (and other nations) must …" reports a demand on Y.
    for (let m = k; m < Math.min(this.n, k + 8); m++) {
      if (this.norm(m) === 'must' || (this.norm(m) === 'should' && this.pos(m) === 'AUX')) {
        k = m;
        break;
      }
      // "other developed nations": a participle between a modifier and its noun.
      const participle =
        /(ed|ing)$/.test(this.norm(m)) &&
        ['DET', 'ADJ'].includes(this.pos(m - 1)) &&
        this.pos(m + 1) === 'NOUN';
      if (
        (this.pos(m) === 'VERB' && !participle) ||
        this.pos(m) === 'AUX' ||
        this.isHardBreak(m) ||
        this.isComma(m)
      )
        break;
    }
    if (
      this.norm(k) === 'must' ||
      this.norm(k) === 'should' ||
      ((this.lemma(k) === 'have' || this.lemma(k) === 'need') && this.norm(k + 1) === 'to')
    ) {
      const speaker = this.subjectLeft(i);
      if (!speaker || speaker.pronoun) return [];
      const demand = this.lex.verbs.get('demand');
      if (!demand) return [];
      return [this.cand(speaker.ids, subjOfClause.ids, demand, k, k, i, 0.5)];
    }
    const pred = this.copulaPredicate(k);
    if (!pred) return [];
    const { v, negated } = pred;
    k = pred.k;
    const speaker = this.subjectLeft(i);
    if (!speaker) return [];
    // The negation is already in the valence; it must not negate the evaluation again.
    const from = negated ? k + 1 : k;
    const c = this.cand(speaker.ids, subjOfClause.ids, this.evalTrigger(v), from, k + 1, i, 0.5);
    c.polarity = v > 0 ? 1 : -1;
    if (speaker.pronoun) return [];
    return [c];
  }

  /**
   * The valence of a copular predicate starting at the auxiliary `k` ("is a fraud", "was not
   * good at her job", "cannot be trusted"), or undefined when `k` opens no evaluative predicate.
   * `k` in the answer is the last auxiliary or adverb before the predicate's words.
   */
  private copulaPredicate(k: number): { v: number; k: number; negated: boolean } | undefined {
    const negatorAt = (m: number): boolean => this.lex.cues.negators.has(this.norm(m));
    if (
      !(this.pos(k) === 'AUX' && this.lemma(k) === 'be') &&
      !(this.pos(k) === 'AUX' && this.pos(k + 1) === 'AUX') &&
      // "Y can't be trusted": a modal, its negation, then the copula.
      !(this.pos(k) === 'AUX' && negatorAt(k + 1) && this.pos(k + 2) === 'AUX')
    )
      return undefined;
    // The predicate's words are read from the first auxiliary on, so that its negation counts
    // ("said Y was not good at her role" judges Y negatively).
    const cop = k;
    // "Moscow is helping …" is an event, not an evaluation; the verb rules take it.
    while (this.pos(k + 1) === 'AUX' || this.pos(k + 1) === 'ADV' || this.pos(k + 1) === 'PART')
      k++;
    let negated = false;
    for (let m = cop; m <= k; m++) if (negatorAt(m)) negated = true;
    // …except a negated passive after the copula ("Y cannot be trusted", "is not to be
    // believed"): denying that Y deserves the act judges Y.
    if (
      this.pos(k + 1) === 'VERB' &&
      !(negated && this.lemma(k) === 'be' && /ed$/.test(this.norm(k + 1)))
    )
      return undefined;
    const end = this.phraseEnd(k + 1, k + 9, false);
    const v = this.valenceIn(cop + 1, end, 1, true, true);
    return v === 0 ? undefined : { v, k, negated };
  }

  /**
   * The speaker's judgement of the one who heads a reported clause, from its predicate: "Y is a
   * fraud", "Y's data cannot be trusted", and, for Y's act or possession ("Y's election", "a Y
   * retreat from the deal"), a verb phrase that is not itself a stance trigger ("poses risks",
   * "would damage trust", "are failing him"). The mention at `at` must open its clause (after a
   * quote, "that", a conjunction or a verb of belief). 0 when there is no such judgement.
   */
  private subjectEvaluation(at: number): number {
    // A possessive pronoun heads the clause's subject ("many believe its data cannot be trusted").
    const pronoun = !this.isMention(at);
    let b = pronoun ? at - 1 : this.firstOf(at) - 1;
    while (b >= 0 && (this.pos(b) === 'DET' || this.pos(b) === 'ADJ' || this.isNpModifier(b))) b--;
    const opens =
      b < 0 ||
      this.isQuote(b) ||
      this.norm(b) === 'that' ||
      this.pos(b) === 'CCONJ' ||
      this.isComma(b) ||
      (this.pos(b) === 'VERB' && CLAUSE_OPENING_VERBS.has(this.lemma(b)));
    if (!opens) return 0;
    let k = pronoun ? at + 1 : this.coordRight(at).end + 1;
    let owned = pronoun;
    if (this.isPossessiveMark(k)) {
      k++;
      owned = true;
    }
    const np = k;
    // The parts of a hyphenated modifier ("exuberant on-court celebrations") do not count
    // toward the NP's length.
    let hyphens = 0;
    while (
      k < np + 4 + hyphens &&
      !this.isMention(k) &&
      (this.pos(k) === 'NOUN' ||
        this.inHyphenated(k) ||
        (this.pos(k) === 'ADJ' &&
          (['NOUN', 'ADJ'].includes(this.pos(k + 1)) || this.isWordHyphen(k + 2))))
    ) {
      if (this.isWordHyphen(k)) hyphens += 2;
      k++;
    }
    if (k === np && owned) return 0;
    if (k > np && !owned) {
      // "a Y retreat": a person's or a demonym's act; "the US wine market" is no act of the US,
      // and "Algerian landowners", "Trump supporters" (a plural head) are people, not an act.
      const m = this.view.mentions[this.mentionIndex(at)];
      if (m?.type !== 'Person' && m?.via !== 'demonym') return 0;
      if (/[^s]s$/.test(this.norm(k - 1))) return 0;
      owned = true;
    }
    // "a Y retreat from the Iran deal would …": one prepositional phrase inside the subject NP.
    if (owned && this.pos(k) === 'ADP' && this.norm(k) !== 'than') {
      // "its record of earning growth": a gerund after the preposition is no predicate.
      if (this.pos(k + 1) === 'VERB') return 0;
      let m = k + 1;
      while (m < k + 6 && m < this.n && !['AUX', 'VERB'].includes(this.pos(m))) {
        if (this.isComma(m) || this.isHardBreak(m) || this.pos(m) === 'ADP') return 0;
        m++;
      }
      k = m;
    }
    const cop = this.copulaPredicate(k);
    if (cop) return cop.v;
    if (!owned) return 0;
    // A verb phrase about Y's act: modals and negation, then a verb that no stance rule reads.
    let m = k;
    while (this.pos(m) === 'AUX' || this.pos(m) === 'ADV' || this.pos(m) === 'PART') {
      // "are being harmed", "is helping": passives and progressives report events.
      if (this.lemma(m) === 'be') return 0;
      m++;
    }
    if (this.pos(m) !== 'VERB' || this.isMention(m)) return 0;
    const w = this.wordsAt(m);
    if (w?.may && this.lex.cues.speech.has(w.lemma)) return 0;
    // A stance verb with a target of its own is the verb rules' ("Y's forces attacked Z").
    const trig = w?.may ? this.verbTrigger(m) : undefined;
    if (trig && this.fromVerb(m, trig).length > 0) return 0;
    const end = this.phraseEnd(m + 1, m + 8, true);
    const v = this.valenceIn(k, end);
    return Math.abs(v) >= 2 ? v : 0;
  }

  /**
   * "no one (is) better than Y", "nobody is more qualified than Y", "there is no leader worse
   * than Y" inside [a, b): a comparison that puts Y above (or below) everyone judges Y with the
   * comparative's sign. The mention and the valence, or undefined.
   */
  private superiorityIn(a: number, b: number): { at: number; v: number } | undefined {
    for (let t = a + 2; t < b - 1; t++) {
      if (this.norm(t) !== 'than' || !this.isMention(t + 1)) continue;
      const c = t - 1;
      const v = this.lex.valence.get(this.norm(c)) ?? 0;
      if (Math.abs(v) < 2 || this.isMention(c)) continue;
      // The one compared with: "no one", "nobody", "none", "no" + a noun, with "is" or "more".
      let q = c - 1;
      if (this.norm(q) === 'more' || this.norm(q) === 'less') q--;
      if (this.pos(q) === 'AUX' && this.lemma(q) === 'be') q--;
      if (this.pos(q) === 'NOUN' || this.norm(q) === 'one') q--;
      const w = this.norm(q);
      if (w !== 'no' && w !== 'nobody' && w !== 'none' && w !== 'noone') continue;
      const less = this.norm(c - 1) === 'less' ? -1 : 1;
      return { at: t + 1, v: v * less };
    }
    return undefined;
  }

  /** The nearest mention before `at` whose name is a plural ("Republicans"), not a person's. */
  private earlierPlural(at: number, subj: Arg): number | undefined {
    for (let m = at - 1; m >= 0; m--) {
      if (!this.isMention(m)) continue;
      const first = this.firstOf(m);
      const mention = this.view.mentions[this.mentionIndex(m)];
      const id = this.entityAt(m)!;
      if (
        mention?.type !== 'Person' &&
        /[^s]s$/.test(this.norm(this.lastOf(m))) &&
        !subj.ids.includes(id)
      )
        return first;
      m = first;
    }
    return undefined;
  }

  /** The nearest mention before `at` that is no person (what an "its" can stand for). */
  private nearestNonPerson(at: number): number | undefined {
    for (let m = at - 1; m >= 0; m--) {
      if (!this.isMention(m)) continue;
      const first = this.firstOf(m);
      if (this.view.mentions[this.mentionIndex(m)]?.type !== 'Person') return first;
      m = first;
    }
    return undefined;
  }

  /** "…, said X." / "…, X said": the speaker after the speech verb. */
  private speakerAfter(i: number): Arg | undefined {
    let j = i + 1;
    while (
      j < this.n &&
      (this.pos(j) === 'DET' ||
        this.pos(j) === 'ADJ' ||
        this.pos(j) === 'NOUN' ||
        this.pos(j) === 'PROPN') &&
      !this.isMention(j)
    )
      j++;
    if (this.isMention(j)) return { ids: [this.entityAt(this.headRight(j))!], at: j };
    return undefined;
  }

  /**
   * Sum of valence in [a, b), with "not" flipping what follows. Words describing someone's
   * fortune rather than judging them ("ill", "killed", "wins") do not count. Fewer than
   * `minWords` evaluative words give 0.
   */
  private valenceIn(
    a: number,
    b: number,
    minWords = 1,
    quotesWeigh = true,
    predicate = false,
  ): number {
    let sum = 0;
    let flip = 1;
    let words = 0;
    for (let k = a; k < b; k++) {
      if (this.isMention(k)) continue;
      const w = this.norm(k);
      if (this.lex.cues.negators.has(w)) {
        flip = -1;
        continue;
      }
      // "is unlikely to be charged": a predicted fate judges no one; its phrase is skipped.
      if (PREDICTIONS.has(w) && this.norm(k + 1) === 'to') {
        k = this.phraseEnd(k + 1, b, false) - 1;
        continue;
      }
      // "Y is a disaster": after a copula some words of fortune judge the subject.
      if (this.lex.notEvaluative.has(w) && !(predicate && this.lex.predicativeEvaluative.has(w)))
        continue;
      // "Y (had) better hope …": the modal idiom, a warning rather than praise.
      if (w === 'better' && this.pos(k + 1) === 'VERB') continue;
      const v = this.lex.valence.get(w) ?? this.lex.valence.get(this.lemma(k)) ?? 0;
      if (Math.abs(v) >= 2) {
        // A word in quotation marks ("made 'false' claims") is the speaker's own judgement, not
        // the reporter's paraphrase: it weighs double.
        const quoted = quotesWeigh && (this.isQuote(k - 1) || this.isQuote(k + 1));
        sum += v * flip * (quoted ? 2 : 1);
        words += quoted ? 2 : 1;
      }
    }
    return words >= minWords ? sum : 0;
  }

  private evalTrigger(v: number): Trigger {
    const positive = v > 0;
    return {
      lemma: positive ? 'praise' : 'criticise',
      kind: positive ? 'praise' : 'criticise',
      quad: positive ? 'verbal_cooperation' : 'verbal_conflict',
      polarity: positive ? 1 : -1,
      intensity: Math.min(6, 2 + Math.abs(v) / 2),
      preps: new Set(),
      prepOnly: false,
      needs: new Set(),
      reciprocal: false,
      agentive: false,
      direct: false,
      agentNeeds: new Set(),
      words: 1,
    };
  }

  private cand(
    sources: string[],
    targets: string[],
    trigger: Trigger,
    scopeFrom: number,
    scopeTo: number,
    triggerAt: number,
    confidence: number,
  ): Candidate {
    return {
      sources,
      targets,
      trigger,
      scopeFrom,
      scopeTo,
      triggerAt,
      reciprocal: false,
      confidence,
    };
  }

  // ---- negation, modality, attribution --------------------------------------------------

  private finish(c: Candidate): StanceRelation[] {
    let negated = false;
    let polarity: 1 | -1 = c.polarity ?? c.trigger.polarity;
    let quad = c.trigger.quad;
    let modality: string | null = null;
    let refused = c.negated === true;
    let plainNot = false;
    let kind = c.trigger.kind;
    let intensity = c.trigger.intensity;
    for (let k = Math.max(0, c.scopeFrom); k < c.scopeTo; k++) {
      const w = this.norm(k);
      const l = this.lemma(k);
      // "not just / not only refusing to back Y … but also": a focus, no negation.
      if (
        this.lex.cues.negators.has(w) &&
        !NOT_FOCUS.has(this.norm(k + 1)) &&
        this.governs(k, c.scopeTo)
      )
        plainNot = true;
      if (
        (((this.pos(k) === 'VERB' || this.pos(k) === 'NOUN') && this.lex.cues.refusals.has(l)) ||
          // "X was wrong to trust Y": disowning the act.
          (w === 'wrong' && this.norm(k + 1) === 'to')) &&
        k !== c.triggerAt &&
        this.governs(k, c.scopeTo)
      )
        refused = true;
      if (
        this.pos(k) === 'VERB' &&
        l === 'threaten' &&
        c.trigger.kind !== 'threaten' &&
        this.norm(k - 1) !== '-' &&
        this.governs(k, c.scopeTo)
      ) {
        // "threatened to strike Y": the act is a threat, not (yet) a strike.
        kind = 'threaten';
        quad = 'verbal_conflict';
        polarity = -1;
        intensity = 6;
        modality = 'threatened';
      }
      // Modals count only as auxiliaries ("May 7" is a date, "will" a noun elsewhere).
      const modalWord = MODALS.has(w) && this.pos(k) !== 'AUX';
      if (modality === null && !modalWord) {
        if (this.lex.cues.hedges.has(w) || this.lex.cues.hedges.has(l)) modality = 'hedged';
        else if (
          // "X, like Y, criticized Z": the preposition "like" plans nothing.
          (this.lex.cues.plans.has(w) &&
            this.pos(k) !== 'ADP' &&
            (w !== 'going' || this.norm(k + 1) === 'to')) ||
          (this.pos(k) === 'VERB' && this.lex.cues.plans.has(l))
        )
          modality = 'planned';
      }
    }
    // "will not / did not support" states a refusal of support; "did not criticise" states
    // nothing; "refused to condemn" is too weak to call either way.
    if (plainNot) {
      // "is not endorsing any candidate yet", "has not yet backed Y": a stance still to come.
      if (this.notYet(c)) return [];
      if (polarity === 1 && c.polarity === undefined) refused = !refused;
      else return [];
    } else if (refused && polarity === -1 && c.trigger.kind !== 'reject') return [];
    if (refused) {
      negated = true;
      polarity = polarity === 1 ? -1 : 1;
      quad = FLIP_QUAD[quad];
    }
    // A threat states an act not (yet) done, whether the trigger is "threaten" or the threatened act.
    if (kind === 'threaten' && modality === null) modality = 'threatened';
    // Conditional: an "if/unless" clause anywhere in the sentence after the trigger's subject.
    if (modality === null || modality === 'planned') {
      for (let k = c.triggerAt + 1; k < this.n; k++) {
        if (
          this.lex.cues.conditionals.has(this.norm(k)) &&
          (this.pos(k) === 'SCONJ' || this.pos(k) === 'ADP')
        ) {
          modality = 'conditional';
          break;
        }
      }
    }
    const { attributedTo, speakerSource } = this.attribution(c);
    let sources = c.sources;
    let confidence = c.confidence;
    if (c.pronounSource !== undefined) {
      // A subject pronoun is the speaker of the enclosing speech verb ("Kim said he will …"),
      // else the subject of an earlier clause of the same sentence ("Rebels blocked roads as
      // they continued their effort to overthrow Y"). Never a mention of an earlier sentence.
      // "Klein said … they went after Bannon": a pronoun that cannot stand for the speaker.
      const speakerFits =
        speakerSource !== undefined &&
        (speakerSource.length !== 1 || !this.pronounMismatch(c.pronounSource, speakerSource[0]!));
      const referent = speakerFits ? undefined : this.subjectReferent(c.pronounSource);
      if (speakerFits) sources = speakerSource!;
      else if (referent !== undefined) {
        sources = [this.entityAt(referent)!];
        confidence = Math.min(confidence, 0.5);
      } else return [];
    }
    const out: StanceRelation[] = [];
    const evidence = { start: this.view.sentence.start, end: this.view.sentence.end };
    const segment = this.view.sentence.segment;
    const selfSpoken = attributedTo.length > 0 && sources.every((s) => attributedTo.includes(s));
    const attr = selfSpoken ? [] : attributedTo.filter((a) => !sources.includes(a));
    const emit = (source: string, target: string): void => {
      if (source === target) return;
      out.push({
        type: 'STANCE',
        source,
        target,
        polarity,
        quad,
        kind,
        intensity,
        evidence,
        negated,
        modality,
        attributedTo: attr,
        confidence,
        segment,
      });
    };
    // The speaker's own asserted accusation of the ones a reported clause is about.
    const accuse = (accusers: readonly string[], conf: number): void => {
      for (const a of accusers)
        for (const s of sources)
          if (a !== s)
            out.push({
              type: 'STANCE',
              source: a,
              target: s,
              polarity: -1,
              quad: 'verbal_conflict',
              kind: 'accuse',
              intensity: 5,
              evidence,
              negated: false,
              modality: null,
              attributedTo: [],
              confidence: conf,
              segment,
            });
    };
    // A victim's report of a hostile act ("X said Y had been shooting at his lines", "X's lawyer
    // said Y is out to ruin her career") is X's accusation of Y, whatever the speech verb. It is
    // listed first: it spans the same sentence and is the stance the speaker states.
    if (!this.accuser && quad === 'material_conflict' && !negated && modality !== 'conditional')
      accuse(
        attr.filter((a) => c.targets.includes(a)),
        Math.min(confidence, 0.6),
      );
    for (const s of sources) for (const t of c.targets) emit(s, t);
    // Accusatory speech ("X alleges that Y …") is itself X's stance against Y.
    if (this.accuser && attr.length > 0) accuse(this.accuser.ids, 0.7);
    this.accuser = undefined;
    return out;
  }

  private accuser: Arg | undefined;

  /** "yet" in the candidate's scope or in the clause after its trigger. */
  private notYet(c: Candidate): boolean {
    for (let k = Math.max(0, c.scopeFrom); k < this.n && k < c.triggerAt + 10; k++) {
      if (k > c.triggerAt && (this.isHardBreak(k) || this.isComma(k))) break;
      if (this.norm(k) === 'yet' && this.pos(k) === 'ADV') return true;
    }
    return false;
  }

  /**
   * Does the speech verb at `k` take its own complement ("Wal-Mart knew of the word", "X said
   * that …", "X told Y …")? Then "X <verb>" is no trailing "…, X said" of the clause before it.
   */
  private takesComplement(k: number): boolean {
    let m = k + 1;
    while (this.pos(m) === 'ADV') m++;
    const w = this.norm(m);
    if (w === 'that' || w === 'of' || w === 'about') return true;
    const p = this.pos(m);
    return p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'VERB';
  }

  /**
   * Does the word at `k` govern the trigger at `to`, i.e. is everything between them part of one
   * verb group ("refused to back", "did not criticise", "his refusal to support")? A negation or
   * refusal in an earlier coordinated clause ("rejected X and blamed Y") does not count.
   */
  private governs(k: number, to: number): boolean {
    for (let m = k + 1; m < to; m++) {
      const p = this.pos(m);
      if (
        p === 'AUX' ||
        p === 'ADV' ||
        p === 'PART' ||
        p === 'DET' ||
        p === 'ADJ' ||
        this.isQuote(m)
      )
        continue;
      if (p === 'PRON' && POSSESSIVE_PRONOUNS.has(this.norm(m))) continue;
      if (
        (p === 'VERB' || p === 'NOUN') &&
        (this.lex.cues.plans.has(this.lemma(m)) || this.lex.cues.refusals.has(this.lemma(m)))
      )
        continue;
      // "did not file charges against X": a light verb carries the negation to its noun.
      if (p === 'VERB' && this.lex.cues.lightVerbs.has(this.lemma(m))) continue;
      // "refused to back", "refrained from criticising".
      if (this.norm(m) === 'to' || this.norm(m) === 'from') continue;
      return false;
    }
    return true;
  }

  /**
   * Who states the candidate's clause: the subject of a speech verb left of it ("X said (that)
   * …", "X alleges …"), a trailing ", X said", or "according to X".
   */
  private attribution(c: Candidate): { attributedTo: string[]; speakerSource?: string[] } {
    this.accuser = undefined;
    const start = c.pronounSource ?? Math.min(c.scopeFrom - 1, c.triggerAt);
    // Speech verb before the clause.
    for (let k = start - 1; k >= 0; k--) {
      if (this.isHardBreak(k) && this.pos(k) !== 'SCONJ') break;
      const l = this.lemma(k);
      if (this.pos(k) === 'VERB' && this.lex.cues.speech.has(l)) {
        const spk = this.subjectLeft(k) ?? this.speakerAfter(k);
        if (!spk || spk.pronoun || spk.ids.length === 0) break;
        if (this.lex.cues.accusatorySpeech.has(l)) this.accuser = spk;
        return { attributedTo: spk.ids, speakerSource: spk.ids };
      }
      // "sued the school for failing to stop Y from harassing him": the verbs of a control chain
      // leave the clause to the speech verb before them.
      if (this.pos(k) === 'VERB' && !this.lex.cues.plans.has(l) && !this.lex.cues.refusals.has(l))
        break;
    }
    // Trailing ", X said." after the clause; ", saying Z had …" is a participle of the clause's
    // own subject, whose complement opens with Z.
    for (let k = c.triggerAt + 1; k < this.n; k++) {
      if (
        this.pos(k) === 'VERB' &&
        !/ing$/.test(this.norm(k)) &&
        this.lex.cues.speech.has(this.lemma(k)) &&
        (this.isComma(k - 1) ||
          this.isQuote(k - 1) ||
          (this.isMention(k - 1) &&
            // "As he denounced Y, Booker said he …": a pronoun's speaker may come later.
            (c.pronounSource !== undefined || !this.takesComplement(k))))
      ) {
        const before = this.isMention(k - 1)
          ? { ids: [this.entityAt(k - 1)!], at: k - 1 }
          : undefined;
        const spk = before ?? this.speakerAfter(k);
        if (spk && spk.ids.length) return { attributedTo: spk.ids, speakerSource: spk.ids };
      }
    }
    // "according to X".
    for (let k = 0; k + 2 < this.n; k++) {
      if (this.norm(k) === 'according' && this.norm(k + 1) === 'to') {
        let m = k + 2;
        while (m < this.n && (this.pos(m) === 'DET' || this.pos(m) === 'ADJ')) m++;
        if (this.isMention(m)) return { attributedTo: [this.entityAt(this.headRight(m))!] };
      }
    }
    return { attributedTo: [] };
  }
}
