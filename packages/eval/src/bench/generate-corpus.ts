/**
 * A deterministic, news-like corpus for benchmarks: articles with people (with titles), countries,
 * capitals, demonyms, organisations, stance verbs, quotes, datelines and page chrome, drawn by a
 * seeded generator so every run measures exactly the same text. Invented sentences only.
 */

/** A benchmark document: the extract contract's input. */
export interface BenchDocument {
  id: string;
  text: string;
  title?: string;
  source?: string;
}

/** mulberry32: small, fast, good enough to pick words; seeded so the corpus never changes. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Amara',
  'Boris',
  'Chen',
  'Daniela',
  'Emeka',
  'Farida',
  'Gustavo',
  'Hana',
  'Ivan',
  'Jasmine',
  'Kenji',
  'Leila',
  'Marco',
  'Nadia',
  'Omar',
  'Priya',
  'Rafael',
  'Sofia',
  'Tomasz',
  'Yuki',
  'Zanele',
  'Pierre',
  'Ingrid',
  'Ahmed',
];
const LAST = [
  'Okafor',
  'Petrov',
  'Wei',
  'Moreno',
  'Adeyemi',
  'Haddad',
  'Silva',
  'Tanaka',
  'Kowalski',
  'Nguyen',
  'Rossi',
  'Mensah',
  'Larsen',
  'Schmidt',
  'Dubois',
  'Rahman',
  'Kaur',
  'Novak',
  'Fischer',
  'Castillo',
  'Ibrahim',
  'Yilmaz',
];
const COUNTRIES: [name: string, capital: string, demonym: string][] = [
  ['France', 'Paris', 'French'],
  ['Germany', 'Berlin', 'German'],
  ['Japan', 'Tokyo', 'Japanese'],
  ['Brazil', 'Brasilia', 'Brazilian'],
  ['India', 'New Delhi', 'Indian'],
  ['Nigeria', 'Abuja', 'Nigerian'],
  ['Canada', 'Ottawa', 'Canadian'],
  ['Turkey', 'Ankara', 'Turkish'],
  ['Egypt', 'Cairo', 'Egyptian'],
  ['Poland', 'Warsaw', 'Polish'],
  ['Kenya', 'Nairobi', 'Kenyan'],
  ['Mexico', 'Mexico City', 'Mexican'],
  ['South Korea', 'Seoul', 'South Korean'],
  ['Indonesia', 'Jakarta', 'Indonesian'],
  ['Argentina', 'Buenos Aires', 'Argentine'],
  ['Russia', 'Moscow', 'Russian'],
  ['China', 'Beijing', 'Chinese'],
  ['the United States', 'Washington', 'American'],
  ['Ukraine', 'Kyiv', 'Ukrainian'],
];
const ORGS = [
  'the United Nations',
  'NATO',
  'the European Union',
  'the World Bank',
  'the International Monetary Fund',
  'the African Union',
  'the World Health Organization',
  'Reuters',
  'the Red Cross',
  'OPEC',
  'the Bank of Japan',
  'Siemens',
  'Toyota Motor Corp',
  'the Labour Party',
  'the Democratic Party',
  'Amnesty International',
];
const TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'opposition leader',
  'Finance Minister',
  'spokesperson',
];
const COOPERATE = [
  'praised',
  'backed',
  'endorsed',
  'pledged support for',
  'agreed to work with',
  'welcomed',
  'thanked',
  'signed a trade deal with',
  'offered aid to',
];
const CONFLICT = [
  'accused',
  'criticised',
  'condemned',
  'warned',
  'threatened',
  'blamed',
  'imposed sanctions on',
  'expelled diplomats from',
  'attacked',
];
const TOPICS = [
  'the border dispute',
  'grain exports',
  'energy prices',
  'the ceasefire talks',
  'a new pipeline',
  'climate finance',
  'refugee flows',
  'a cyber attack',
  'fishing rights',
  'debt relief',
];
const WHEN = [
  'on Monday',
  'on Tuesday',
  'late on Wednesday',
  'on Thursday',
  'on Friday',
  'at the weekend',
  'earlier this week',
  'last month',
];
const OUTLETS = ['Daily Courier', 'The Morning Ledger', 'Global Wire', 'Harbour Times'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Options of {@link generateCorpus}. */
export interface GenerateCorpusOptions {
  /** How many documents (default 300). */
  articles?: number;
  /** Seed of the generator (default 20240607); the same seed always gives the same corpus. */
  seed?: number;
}

/**
 * Generates news-like documents. Every tenth is a scraped page (a story, chrome and a related
 * teaser) so segmentation is part of what is measured, as on real input.
 */
export function generateCorpus(options: GenerateCorpusOptions = {}): BenchDocument[] {
  const n = options.articles ?? 300;
  const rnd = prng(options.seed ?? 20240607);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

  const sentence = (
    c1: (typeof COUNTRIES)[number],
    c2: (typeof COUNTRIES)[number],
    p1: string,
    p2: string,
  ): string => {
    const verb = rnd() < 0.5 ? pick(COOPERATE) : pick(CONFLICT);
    const t1 = pick(TITLES);
    switch (Math.floor(rnd() * 8)) {
      case 0:
        return `${c1[2]} ${t1} ${p1} ${verb} ${c2[0]} over ${pick(TOPICS)} ${pick(WHEN)}.`;
      case 1:
        return `"We will not accept this," ${p1} told reporters in ${c1[1]}, after ${c2[1]} ${verb} ${pick(ORGS)}.`;
      case 2:
        return `${cap(pick(ORGS))} said ${pick(WHEN)} that ${c1[0]} and ${c2[0]} had ${verb} each other's envoys, according to ${p2}.`;
      case 3:
        return `${c2[2]} officials ${verb} ${p1}, the ${c1[2]} ${t1.toLowerCase()}, saying ${pick(TOPICS)} could not wait.`;
      case 4:
        return `${p2}, a senior aide to ${p1}, said ${c1[1]} had not ${pick(['criticised', 'supported', 'threatened'])} ${c2[1]}.`;
      case 5:
        return `In a statement, ${pick(ORGS)} ${verb} ${pick(ORGS)} and urged ${c1[0]} to resume talks on ${pick(TOPICS)}.`;
      case 6:
        return `${c1[0]}'s ${t1.toLowerCase()} ${p1} is expected to visit ${c2[0]} next month, ${pick(ORGS)} reported.`;
      default:
        return `Analysts said the dispute between ${c1[2]} and ${c2[2]} firms over ${pick(TOPICS)} would weigh on markets.`;
    }
  };

  const docs: BenchDocument[] = [];
  for (let i = 0; i < n; i++) {
    const c1 = pick(COUNTRIES);
    let c2 = pick(COUNTRIES);
    if (c2 === c1) c2 = COUNTRIES[(COUNTRIES.indexOf(c1) + 1) % COUNTRIES.length]!;
    const cast = [person(), person(), person()];
    const title = `${cap(c1[0])} ${rnd() < 0.5 ? 'and' : 'rebuffs'} ${c2[0]} ${pick(['in talks on', 'over', 'amid row over'])} ${pick(TOPICS)}`;
    const paragraphs: string[] = [];
    const dateline = `${c1[1].toUpperCase()}, ${pick(MONTHS)} ${1 + Math.floor(rnd() * 28)} (${pick(['Reuters', 'AFP', 'AP'])}) - `;
    const paraCount = 4 + Math.floor(rnd() * 6);
    for (let p = 0; p < paraCount; p++) {
      const sentences: string[] = [];
      const sCount = 1 + Math.floor(rnd() * 3);
      for (let s = 0; s < sCount; s++) sentences.push(sentence(c1, c2, pick(cast), pick(cast)));
      paragraphs.push((p === 0 ? dateline : '') + sentences.join(' '));
    }
    let text = `${title}\n${paragraphs.join('\n\n')}`;
    if (i % 10 === 9) {
      const outlet = pick(OUTLETS);
      text +=
        `\nShare this article\nComments\nRelated Articles\n\n${outlet}\n${1 + Math.floor(rnd() * 5)} hours ago\n- ${outlet}\n` +
        `${cap(c2[0])} ${pick(['warns', 'praises'])} ${c1[0]} over ${pick(TOPICS)}\n${sentence(c2, c1, person(), person())} Read More\n`;
    }
    docs.push({
      id: `bench-${String(i + 1).padStart(4, '0')}`,
      text,
      title,
      source: pick(OUTLETS),
    });
  }
  return docs;
}
