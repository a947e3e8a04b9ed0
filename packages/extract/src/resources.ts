import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import compromise from 'compromise';
import { buildGazetteer, type Gazetteer } from './gazetteer/build-gazetteer.js';
import { parseAliasDictionary, type AliasEntry } from './link/parse-alias-dictionary.js';
import cues from './data/cues.json' with { type: 'json' };

/** The wink-nlp instance type, as returned by `winkNLP(model)`. */
export type WinkNlp = ReturnType<typeof winkNLP>;

/** Tags compromise's lexicon gives a lower-cased word (e.g. `['FemaleName']`, `['City']`). */
export type NameLexicon = ReadonlyMap<string, readonly string[]>;

/** Word lists the rules consult (see data/cues.json). */
export interface Cues {
  honorifics: ReadonlySet<string>;
  personTitles: ReadonlySet<string>;
  roleTitles: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  orgHeadsNeedingMore: ReadonlySet<string>;
  locationHeads: ReadonlySet<string>;
  /** Heads that make a place even after a first name ("Grace Road"; but "Anthony Hill" is a person). */
  strongLocationHeads: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  orgPrefixes: ReadonlySet<string>;
  orgCueNouns: ReadonlySet<string>;
  personCueNouns: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  sportsWords: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  /** Verbs after a name that mark a speaker ("Nehlen said"). */
  speechVerbs: ReadonlySet<string>;
  /** Verbs of thought and finding after a name that mark a person unless it is a plural ("Halloran found that"). */
  cognitionVerbs: ReadonlySet<string>;
  /** Verbs, every inflection, whose subject or object is an actor ("Hurd has denounced", "praised Kavanaugh"). */
  actorVerbs: ReadonlySet<string>;
  /** Nouns right after a name that belong to a person ("the Gianforte campaign", "the Assad regime"). */
  personOwnedNouns: ReadonlySet<string>;
  /** Nouns after a name or its possessive that only organisations have ("Oracle shares", "the firm's chief executive"). */
  orgRoleNouns: ReadonlySet<string>;
  /** Heads naming a company or club before a name or in an apposition after it ("consultancy Deloitte"). */
  companyNouns: ReadonlySet<string>;
  /** Heads naming a product or a work ("the drug Prozac"). */
  workNouns: ReadonlySet<string>;
  /** Creeds, group adjectives and sides in court that act in sentences but are no Person. */
  notActors: ReadonlySet<string>;
  /** Lower-case words inside title-case names ("Flight into Danger"). */
  titleLinks: ReadonlySet<string>;
  /** Endings of plural nouns for groups of people ("Commentators"). */
  agentPluralSuffixes: readonly string[];
  /** Endings of abstract nouns ("Speculation"). */
  abstractSuffixes: readonly string[];
  /** Endings of plural nouns for groups of people anywhere ("Congressmen"). */
  groupPluralSuffixes: readonly string[];
  /** Last parts of compounds before a company name ("Madrid-based", "state-owned"). */
  orgModifiers: ReadonlySet<string>;
  /** Plural verbs right after a single name mark a club or company ("Millwall have been charged"). */
  pluralVerbs: ReadonlySet<string>;
  /** Words before a name that mark a place ("in Arbil", "near Tikrit"). */
  placePrepositions: ReadonlySet<string>;
  /** Generic organisation names ("Democratic Party") whose id is qualified by the country the text ties them to. */
  countryQualifiedOrgs: ReadonlySet<string>;
  /** First words of names that are not entities we keep ("Operation Sindoor"). */
  miscPrefixes: ReadonlySet<string>;
  /** First words of place names ("St. Petersburg", "Mount Everest"). */
  locationPrefixes: ReadonlySet<string>;
  /** Longest title in words, so title matching can stop early. */
  maxTitleWords: number;
  /** First and last words of every title and honorific: a cheap test before phrase matching. */
  titleFirstWords: ReadonlySet<string>;
  titleLastWords: ReadonlySet<string>;
}

/**
 * Everything extraction needs that is expensive to build (language model, lexicons, gazetteers).
 * Built once by the caller and passed in, so `extract` itself stays pure.
 */
export interface ExtractResources {
  readonly ready: true;
  /** wink-nlp with the English lite model: tokens, sentences, POS. */
  readonly nlp: WinkNlp;
  /** Countries, demonyms, capitals, curated organisations and the user's aliases, as a token trie. */
  readonly gazetteer: Gazetteer;
  /** compromise's word lexicon: names, places, organisations, and ordinary words. */
  readonly lexicon: NameLexicon;
  readonly cues: Cues;
  /** The user's alias dictionary, if one was given. */
  readonly aliases: readonly AliasEntry[];
}

/** Options for {@link createResources}. */
export interface CreateResourcesOptions {
  /**
   * A user alias dictionary that pins entity ids: the parsed array, or the raw text of a JSON
   * (`[{id, names, type}]`) or CSV (`id,names,type` with names separated by `|`) file.
   */
  aliases?: readonly AliasEntry[] | string;
}

function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

/**
 * Builds the resources. Loads only packaged data (no network, no env). Throws a clear error
 * when the alias dictionary is malformed.
 */
export function createResources(options: CreateResourcesOptions = {}): ExtractResources {
  // Only the stages we use: sentence boundaries and POS; NER/sentiment/negation cost time.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const aliases =
    typeof options.aliases === 'string' ? parseAliasDictionary(options.aliases) : [...(options.aliases ?? [])];
  const lexiconRaw = (compromise.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const lexicon = new Map<string, readonly string[]>();
  for (const [word, tags] of Object.entries(lexiconRaw)) lexicon.set(word, Array.isArray(tags) ? tags : [tags]);
  const titleLists = [...cues.personTitles, ...cues.roleTitles];
  const resources: ExtractResources = {
    ready: true,
    nlp,
    lexicon,
    cues: {
      honorifics: lowerSet(cues.honorifics),
      personTitles: lowerSet(cues.personTitles),
      roleTitles: lowerSet(cues.roleTitles),
      orgHeads: lowerSet(cues.orgHeads),
      orgHeadsNeedingMore: lowerSet(cues.orgHeadsNeedingMore),
      locationHeads: lowerSet(cues.locationHeads),
      strongLocationHeads: lowerSet(cues.strongLocationHeads),
      eventHeads: lowerSet(cues.eventHeads),
      notNames: lowerSet(cues.notNames),
      orgPrefixes: lowerSet(cues.orgPrefixes),
      orgCueNouns: lowerSet(cues.orgCueNouns),
      personCueNouns: lowerSet(cues.personCueNouns),
      nameParticles: lowerSet(cues.nameParticles),
      sportsWords: lowerSet(cues.sportsWords),
      locativePrepositions: lowerSet(cues.locativePrepositions),
      speechVerbs: lowerSet(cues.speechVerbs),
      cognitionVerbs: lowerSet(cues.cognitionVerbs),
      actorVerbs: lowerSet(cues.actorVerbs),
      personOwnedNouns: lowerSet(cues.personOwnedNouns),
      orgRoleNouns: lowerSet(cues.orgRoleNouns),
      companyNouns: lowerSet(cues.companyNouns),
      workNouns: lowerSet(cues.workNouns),
      notActors: lowerSet(cues.notActors),
      titleLinks: lowerSet(cues.titleLinks),
      agentPluralSuffixes: cues.agentPluralSuffixes,
      abstractSuffixes: cues.abstractSuffixes,
      groupPluralSuffixes: cues.groupPluralSuffixes,
      orgModifiers: lowerSet(cues.orgModifiers),
      pluralVerbs: lowerSet(cues.pluralVerbs),
      placePrepositions: lowerSet(cues.placePrepositions),
      countryQualifiedOrgs: lowerSet(cues.countryQualifiedOrgs),
      miscPrefixes: lowerSet(cues.miscPrefixes),
      locationPrefixes: lowerSet(cues.locationPrefixes),
      maxTitleWords: Math.max(...titleLists.map((t) => t.split(/\s+/).length)),
      titleFirstWords: new Set([...titleLists, ...cues.honorifics].map((t) => t.toLowerCase().split(/[\s-]+/)[0] ?? '')),
      titleLastWords: new Set([...titleLists, ...cues.honorifics].map((t) => t.toLowerCase().split(/[\s-]+/).pop() ?? '')),
    },
    gazetteer: buildGazetteer(nlp, aliases),
    aliases,
  };
  return resources;
}
