import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '@newsgraph/schemas';
import { analyzeDocument, extract } from './extract.js';
import { createResources, type ExtractResources } from './resources.js';

// Table-driven checks of the entity layer, one table per rule family. Each case states what a
// reader of the sentence would expect; none is taken from the evaluation sets.

let resources: ExtractResources;
beforeAll(() => {
  resources = createResources();
});

function run(text: string): Extraction {
  return extract({ id: 't', text }, resources);
}
/** "Type:mention text" for every mention. */
function mentions(x: Extraction): string[] {
  return x.entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));
}
function idOf(x: Extraction, surface: string): string | undefined {
  return x.entities.find((e) => e.mentions.some((m) => m.text === surface))?.id;
}

interface MentionCase {
  label: string;
  text: string;
  has: string[];
  not?: string[];
}

const mentionCases: MentionCase[] = [
  {
    label: 'title cue: full name after a title, title left out',
    text: 'Russian President Vladimir Putin met reporters on Monday.',
    has: ['Person:Vladimir Putin', 'Country:Russian'],
    not: ['Person:President Vladimir Putin'],
  },
  {
    label: 'full names kept whole (Korean names, hyphens)',
    text: 'North Korean leader Kim Jong Un and South Korean President Lee Jae-myung did not meet.',
    has: ['Person:Kim Jong Un', 'Person:Lee Jae-myung', 'Country:North Korean', 'Country:South Korean'],
    not: ['Person:Kim Jong', 'Person:Lee Jae'],
  },
  {
    label: 'middle names kept whole',
    text: 'Records name an Elizaveta Olegovna Rudnova as the passenger.',
    has: ['Person:Elizaveta Olegovna Rudnova'],
  },
  {
    label: 'no nesting: a country inside an organisation name',
    text: 'She acquired stakes in the Bank of Russia, the Times of India reported.',
    has: ['Organization:Bank of Russia', 'Organization:Times of India'],
    not: ['Country:Russia', 'Country:India'],
  },
  {
    label: 'organisation heads and prefixes',
    text: 'Shares of Acme Widgets Inc rose after the Ministry of Defence signed a deal with Globex Corp. on Monday.',
    has: ['Organization:Acme Widgets Inc', 'Organization:Ministry of Defence', 'Organization:Globex Corp.'],
  },
  {
    label: 'curated organisations and acronyms',
    text: 'NATO and the United Nations met as the Korean Central News Agency (KCNA) reported.',
    has: ['Organization:NATO', 'Organization:United Nations', 'Organization:Korean Central News Agency', 'Organization:KCNA'],
  },
  {
    label: 'capitals stand for states when they act, not when they are places',
    text: 'Moscow said it would respond. The talks were held in Moscow.',
    has: ['Country:Moscow'],
  },
  {
    label: 'cities are not entities',
    text: 'The festival in Paris drew crowds from London and Chicago.',
    has: [],
    not: ['Country:Paris', 'Country:London', 'Organization:Chicago', 'Person:Chicago'],
  },
  {
    label: 'demonyms link to the country',
    text: 'French and German diplomats criticised the Iranian proposal.',
    has: ['Country:French', 'Country:German', 'Country:Iranian'],
  },
  {
    label: 'acronym country names are case-sensitive',
    text: 'Let us see what the US says.',
    has: ['Country:US'],
    not: ['Country:us'],
  },
  {
    label: 'regions and nations inside states are not countries',
    text: 'Fighting spread from the West Bank while England and Scotland watched.',
    has: [],
    not: ['Country:England', 'Country:Scotland', 'Country:West Bank'],
  },
  {
    label: 'initials make a person',
    text: 'The scorers were M. Butcher and A.J.P. Taylor.',
    has: ['Person:M. Butcher', 'Person:A.J.P. Taylor'],
  },
  {
    label: 'boilerplate words are not entities',
    text: 'Read More\nComments\nNo comments yet...\nRelated Articles',
    has: [],
    not: ['Organization:Read More', 'Person:Read More', 'Organization:Comments', 'Person:Related Articles'],
  },
  {
    label: 'cue nouns type unknown names',
    text: 'Investigative outlet Agentstvo said the writer Nastya Rodionova was right.',
    has: ['Organization:Agentstvo', 'Person:Nastya Rodionova'],
  },
  {
    label: 'sports news: teams named after places, venues stay places',
    text: 'SOCCER - SCOTTISH LEAGUE RESULTS .\nGLASGOW 1996-08-31\nResults on Saturday : Greenock Morton 3 Falkirk 0 , Manchester City 2 Leeds 1 ( at Headingley ) .',
    has: ['Organization:Greenock Morton', 'Organization:Manchester City'],
    not: ['Person:Greenock Morton', 'Organization:GLASGOW', 'Organization:Headingley'],
  },
  {
    label: 'connectors inside organisation names',
    text: 'The debates are sponsored by the Commission on Presidential Debates, officials said.',
    has: ['Organization:Commission on Presidential Debates'],
  },
  {
    label: 'a noun and a country make an organisation',
    text: 'About 100 Air France workers protested while Statistics Canada reported figures.',
    has: ['Organization:Air France', 'Organization:Statistics Canada'],
    not: ['Country:France', 'Country:Canada'],
  },
  {
    label: 'names with lower-case particles',
    text: 'Inzamam-ul-Haq and Ata-ur-Rehman batted while Jean-Michel Monin watched Gil de Ferran.',
    has: ['Person:Inzamam-ul-Haq', 'Person:Ata-ur-Rehman', 'Person:Jean-Michel Monin', 'Person:Gil de Ferran'],
  },
  {
    label: 'Title Case headlines are read like capitals: known names only',
    text: "Russia Destroys Ukraine's Bridge Over Oskol River; Revenge Strike After Kyiv's Attacks\nRussia struck the bridge.",
    has: ['Country:Russia', 'Country:Ukraine', 'Country:Kyiv'],
    not: ['Organization:Destroys Ukraine', 'Person:Revenge Strike', 'Organization:Oskol River'],
  },
  {
    label: 'hyphenated pairs and possessive places',
    text: "The India-Pakistan conflict eased, a gallery in the heart of Paris' art scene said.",
    has: ['Country:India', 'Country:Pakistan'],
    not: ['Organization:-Pakistan', 'Country:Paris'],
  },
  {
    label: 'market indices and ships are not organisations',
    text: 'The Dow Jones industrial average fell as the Titanic exhibition opened.',
    has: [],
    not: ['Organization:Dow Jones', 'Person:Dow Jones', 'Person:Titanic'],
  },
  {
    label: 'people gazetteer: prominent figures named by surname alone',
    text: 'Santorum criticised Kasich, and Palin later praised Gingrich.',
    has: ['Person:Santorum', 'Person:Kasich', 'Person:Palin', 'Person:Gingrich'],
  },
  {
    label: 'people gazetteer: athletes and coaches by surname alone, full names that hold ordinary words',
    text: 'Federer beat Nadal while Klopp praised Tiger Woods.',
    has: ['Person:Federer', 'Person:Nadal', 'Person:Klopp', 'Person:Tiger Woods'],
  },
  {
    label: 'people gazetteer: a listed surname inside another full name is that full name',
    text: 'Ann Romney spoke after Bridget Kasich arrived.',
    has: ['Person:Ann Romney', 'Person:Bridget Kasich'],
    not: ['Person:Romney', 'Person:Kasich'],
  },
  {
    label: 'people gazetteer: surnames that are ordinary words only when capitalised',
    text: 'Sessions of the committee ran late; Sessions said the delay was his fault.',
    has: ['Person:Sessions'],
    not: ['Person:delay'],
  },
  {
    label: 'US institutions and the House by its short name',
    text: 'The bill passed the House and went to the Senate, while the Justice Department and the EPA stayed silent.',
    has: ['Organization:House', 'Organization:Senate', 'Organization:Justice Department', 'Organization:EPA'],
  },
  {
    label: 'outlets, pollsters and advocacy groups',
    text: 'A Pew survey for Politico found that Planned Parenthood and the NRA were both unpopular, Fox News reported.',
    has: ['Organization:Pew', 'Organization:Politico', 'Organization:Planned Parenthood', 'Organization:NRA', 'Organization:Fox News'],
  },
  {
    label: 'actor context: an unknown surname that speaks',
    text: 'The vote was rigged, Quarnby said on Monday.',
    has: ['Person:Quarnby'],
  },
  {
    label: 'actor context: an unknown surname that owns something (curly apostrophe)',
    text: 'Vellacott\u2019s claims would be easier to believe without the mistakes.',
    has: ['Person:Vellacott'],
  },
  {
    label: 'actor context: the subject of a verb of judgement, adverbs and auxiliaries between',
    text: 'Draxley has also denounced the plan.',
    has: ['Person:Draxley'],
  },
  {
    label: 'actor context: the object of a verb of judgement',
    text: 'The senator praised Welkerson as a great gentleman.',
    has: ['Person:Welkerson'],
  },
  {
    label: 'actor context: a relative clause about a person',
    text: 'Ombrecht, who leads the group, stayed away.',
    has: ['Person:Ombrecht'],
  },
  {
    label: 'actor context: an apposition headed by a noun for a person',
    text: 'Drummet, a mental health expert at the clinic, disagreed.',
    has: ['Person:Drummet'],
  },
  {
    label: 'actor context: an ordinary word as a name needs a speech verb or a possessive',
    text: 'But Black did say the campaign was over.',
    has: ['Person:Black'],
  },
  {
    label: 'actor context: an ordinary word before a verb is not enough',
    text: 'The ministers arrived in Black cars and Green activists protested.',
    has: [],
    not: ['Person:Black', 'Person:Green'],
  },
  {
    label: 'a listed full name after a word that is no given name',
    text: 'New York AG Eric Schneiderman thanked the jury.',
    has: ['Person:Eric Schneiderman'],
  },
  {
    label: 'actor context: past a second name joined by "and", or an aside between commas',
    text: 'Tarrouk and Emlani also tweeted pictures. Later, Vossberg, incidentally, has criticized the club.',
    has: ['Person:Tarrouk', 'Person:Vossberg'],
  },
  {
    label: 'actor context: a reflexive pronoun after the name',
    text: 'And Brenstow himself has been the face of the game.',
    has: ['Person:Brenstow'],
  },
  {
    label: 'actor context: the subject of a copula and an adjective, mid-sentence',
    text: 'Prosecutors argued that Kellerby was guilty of fraud.',
    has: ['Person:Kellerby'],
  },
  {
    label: 'actor context: the object of a verb the tagger took for a noun ("who shot X")',
    text: 'The panel cleared the officer who shot Marvington of any wrongdoing.',
    has: ['Person:Marvington'],
  },
  {
    label: 'actor context: the object of a verb of detention; armed groups by their head word',
    text: 'Troops detained Qalbani after he supplied the Gulf Cartel with weapons.',
    has: ['Person:Qalbani', 'Organization:Gulf Cartel'],
  },
  {
    label: 'actor context: a noun that belongs to a person follows the name',
    text: 'The Vandermeer campaign blamed the press.',
    has: ['Person:Vandermeer'],
  },
  {
    label: 'a family named by a listed surname is a person of its own',
    text: 'The host thanked the Obamas and the Clintons for coming.',
    has: ['Person:Obamas', 'Person:Clintons'],
    not: ['Person:Obama'],
  },
  {
    label: 'actor context: a word the document uses as a place is no actor',
    text: 'Troops advanced on the town of Qarvash. Rebels attacked Qarvash again on Friday.',
    has: [],
    not: ['Person:Qarvash', 'Organization:Qarvash'],
  },
  {
    label: 'actor context: a modifier before a noun, or a plural group, is no actor',
    text: 'Police detained Vornish militants. Later, Zendarians started talks.',
    has: [],
    not: ['Person:Vornish', 'Person:Zendarians'],
  },
  {
    label: 'actor precision: organisation nouns after a name or its possessive make it an organisation throughout',
    text: 'Trevanix said on Monday that profits fell. Trevanix shares dropped 4%. Trevanix\'s chief executive Mara Olsen resigned.',
    has: ['Organization:Trevanix', 'Person:Mara Olsen'],
    not: ['Person:Trevanix'],
  },
  {
    label: 'actor precision: a company noun before the name or heading an apposition after it',
    text: 'City consultancy Brellmont has warned of a slowdown. Quorva, Peru\'s flagship airline, cut routes. Quorva said fuel cost more. Brellmont said rates would rise.',
    has: ['Organization:Brellmont', 'Organization:Quorva'],
    not: ['Person:Brellmont', 'Person:Quorva'],
  },
  {
    label: 'actor precision: an ordinary word that acts is an organisation when the document gives it organisation nouns',
    text: 'Falcon said it would appeal. The Falcon board met on Friday and Falcon shareholders voted.',
    has: ['Organization:Falcon'],
    not: ['Person:Falcon'],
  },
  {
    label: 'actor precision: compounds with -based or -owned before a company',
    text: 'The sale to Lisbon-based Tormenta was agreed. Tormenta said the price was fair.',
    has: ['Organization:Tormenta'],
    not: ['Person:Tormenta'],
  },
  {
    label: 'actor precision: products and works are no person',
    text: 'Its anti-depressant drug Velquor sold well. Velquor helped millions, doctors said. The monster Grimzor received an award, and Grimzor thanked fans.',
    has: [],
    not: ['Person:Velquor', 'Person:Grimzor'],
  },
  {
    label: 'actor precision: a capitalised word after a lower-case link inside a title is no person',
    text: 'He wrote the screenplay Voyage into Perilance in 1956. Critics said Perilance was bold.',
    has: [],
    not: ['Person:Perilance'],
  },
  {
    label: 'actor precision: the last word of a longer capitalised name is not a person of its own',
    text: 'Northern Relief condemned the attack on Monday.',
    has: [],
    not: ['Person:Relief'],
  },
  {
    label: 'actor precision: plural nouns for people at the start of a sentence, abstract nouns and creeds are no names',
    text: 'Pollsterers say the vote is close. Congressmen want a change. Speculation suggests a deal. Catholic leaders said the church would help, and Islam teaches charity.',
    has: [],
    not: ['Person:Pollsterers', 'Person:Congressmen', 'Person:Speculation', 'Person:Catholic', 'Person:Islam'],
  },
  {
    label: 'actor precision: a club by a plural verb or a player noun after its name',
    text: 'Dunwick have been charged by the league. Dunwick striker Tom Avery scored twice, and Harlow said the win mattered.',
    has: ['Organization:Dunwick', 'Person:Tom Avery', 'Person:Harlow'],
    not: ['Person:Dunwick'],
  },
  {
    label: 'actor precision: what an organisation owns, demonym nouns and -ship nouns are no person',
    text: 'Vantelco Inc. said sales of Vantelco\'s Zipnote rose, and Zipnote said nothing. The Dutchman said he was tired. Premiership rules changed.',
    has: ['Organization:Vantelco Inc.'],
    not: ['Person:Zipnote', 'Person:Dutchman', 'Person:Premiership'],
  },
  {
    label: 'actor precision: people who act stay people (speaker, owner, judged, apposition, sentence start)',
    text: 'Marta van Hulsdorp said so, and van Hulsdorp left. Ferness said the vote was fair. Nehrmann said the bill was flawed. Kratzow\'s claims were denied. Voters praised Welkerstone. Dunmore, a veteran lawyer, criticized the ruling. But Halvorsen did say he would run.',
    has: ['Person:Ferness', 'Person:Nehrmann', 'Person:Kratzow', 'Person:Welkerstone', 'Person:Dunmore', 'Person:Halvorsen'],
  },
  {
    label: 'actor rule at the start of a sentence: past a longer aside, a verb of cognition, a pronoun taking the name up',
    text: 'Vorlanek, in a carefully worded statement Friday, praised the plan. Halloran found that the managers were to blame. Kestrow has been clear that he opposes the bill. Mabrey originally faced 23 charges, all of which accused him of abuse.',
    has: ['Person:Vorlanek', 'Person:Halloran', 'Person:Kestrow', 'Person:Mabrey'],
  },
  {
    label: 'actor rule at the start of a sentence: a verb that gives the name a person\'s role ("served as a senior adviser")',
    text: 'Aldwin served as a senior adviser to the mayor. Zentrix gained attention as a maker of chips.',
    has: ['Person:Aldwin'],
    not: ['Person:Zentrix'],
  },
  {
    label: 'initials spaced out in scraped text name the country or the body, not a person',
    text: 'U. S. drone aircraft fired missiles, and U. N. officials and the U. K. protested.',
    has: ['Country:U. S.', 'Organization:U. N.', 'Country:U. K.'],
    not: ['Person:U. S.', 'Person:U. N.', 'Person:U. K.'],
  },
  {
    label: 'name particles in a row stay inside the name',
    text: 'Mark van der Berg met Oscar de la Hoya and Albert van den Bergh.',
    has: ['Person:Mark van der Berg', 'Person:Oscar de la Hoya', 'Person:Albert van den Bergh'],
    not: ['Person:Berg', 'Person:Bergh'],
  },
  {
    label: 'actor rule at the start of a sentence: a verb alone, or a pronoun after "it", is not enough',
    text: 'Zentrix originally faced 23 charges. Quorvel has been clear that it will sell the unit to him. Unions reacted angrily. They named it Kestravor, on Monday, taking the lead.',
    has: [],
    not: ['Person:Zentrix', 'Person:Quorvel', 'Person:Unions', 'Person:Kestravor'],
  },
  {
    label: 'actor precision: a title or a party word before a name keeps it a person',
    text: 'Republican Vandermeer said the plan would fail.',
    has: ['Person:Vandermeer'],
  },
  {
    label: 'the first word of an organisation the document names in full is that organisation',
    text: 'Welbrook Holdings Corp. posted gains. Welbrook said it plans to expand.',
    has: ['Organization:Welbrook Holdings Corp.', 'Organization:Welbrook'],
    not: ['Person:Welbrook'],
  },
  {
    label: 'a possessive that lost its apostrophe keeps the known name',
    text: 'Analysts doubt Chinas economic growth and Obamas plan.',
    has: ['Country:China', 'Person:Obama'],
  },
  {
    label: 'a glued possessive before a capitalised word or inside a longer run keeps the known name',
    text: 'As Sports Illustrateds Jake Fischer revealed, Britains Queen Elizabeth met officials. The US will fight Al Qaedas Syrian franchise. Canadas Bombardier sold a jet. Russias backing for Syrias Bashar al-Assad grew.',
    has: ['Organization:Sports Illustrated', 'Country:Britain', 'Person:Queen Elizabeth', 'Organization:Al Qaeda', 'Country:Syria', 'Country:Canada', 'Organization:Bombardier', 'Country:Russia', 'Person:Bashar al-Assad'],
    not: ['Person:Canadas Bombardier', 'Person:Bashar'],
  },
  {
    label: 'a forum is an organisation',
    text: 'The Baltic Energy Forum praised the plan, and delegates of the Global Water Forum agreed.',
    has: ['Organization:Baltic Energy Forum', 'Organization:Global Water Forum'],
    not: ['Person:Baltic Energy Forum'],
  },
  {
    label: 'a listed name that opens with a lower-case particle is found as written',
    text: 'Officials said al-Shabaab fighters and al Qaeda shared funds, while the European Community stayed out.',
    has: ['Organization:al-Shabaab', 'Organization:al Qaeda', 'Organization:European Community'],
  },
  {
    label: 'a glued possessive: plurals after a number or "both" and a family after "the" stay plurals',
    text: 'The two Koreas agreed. The Obamas went home. Holders Manchester United lost. He may cancel Aguas Argentinas water concession.',
    has: [],
    not: ['Country:Korea', 'Person:Obama', 'Person:Holder', 'Country:Argentina'],
  },
  {
    label: 'a one-word organisation after a given name or in a name a title introduces is a surname',
    text: 'Steve Forbes praised Rep. Randy Forbes, and Forbes magazine agreed.',
    has: ['Person:Steve Forbes', 'Person:Randy Forbes', 'Organization:Forbes'],
    not: ['Organization:Steve Forbes'],
  },
  {
    label: 'a Mc- or Mac- surname is not an organisation by its inner capital; a camel-case brand is',
    text: 'McFarwell also praised the plan. Officials at NorthBank said the loans were sound.',
    has: ['Person:McFarwell'],
    not: ['Organization:McFarwell'],
  },
  {
    label: 'team nicknames that are no ordinary word, and outlets by their short names',
    text: 'The Yankees beat the Mets on Sunday, the Guardian and the Arizona Republic reported.',
    has: ['Organization:Yankees', 'Organization:Mets', 'Organization:Guardian', 'Organization:Arizona Republic'],
  },
  {
    label: 'a known organisation word inside a longer place name is no organisation',
    text: 'They met at the White House before a concert at the Sydney Opera House.',
    has: [],
    not: ['Organization:House'],
  },
];

describe('mentions', () => {
  it.each(mentionCases)('$label', ({ text, has, not }) => {
    const got = mentions(run(text));
    for (const h of has) expect(got, `expected ${h} in ${JSON.stringify(got)}`).toContain(h);
    for (const n of not ?? []) expect(got, `did not expect ${n}`).not.toContain(n);
  });
});

interface MergeCase {
  label: string;
  text: string;
  same: [string, string][];
  different?: [string, string][];
}

const mergeCases: MergeCase[] = [
  {
    label: 'a government body and its common metonym are one organisation',
    text: 'The Pentagon confirmed the order. A Department of Defense official said it was final. Scotland Yard and the Metropolitan Police declined to comment.',
    same: [
      ['Pentagon', 'Department of Defense'],
      ['Scotland Yard', 'Metropolitan Police'],
    ],
  },
  {
    label: 'surname joins the full name',
    text: 'Vladimir Putin spoke on Friday. Putin said the war would go on.',
    same: [['Vladimir Putin', 'Putin']],
  },
  {
    label: 'Korean family name first joins the full name',
    text: 'Kim Jong Un inspected a factory. Kim later left for the coast.',
    same: [['Kim Jong Un', 'Kim']],
  },
  {
    label: 'middle name missing is the same person',
    text: 'Svetlana Aleksandrovna Krivonogikh owns shares. Svetlana Krivonogikh denied it.',
    same: [['Svetlana Aleksandrovna Krivonogikh', 'Svetlana Krivonogikh']],
  },
  {
    label: 'shared surname is not a merge',
    text: 'Elizaveta Krivonogikh is the daughter of Svetlana Krivonogikh.',
    same: [],
    different: [['Elizaveta Krivonogikh', 'Svetlana Krivonogikh']],
  },
  {
    label: 'the text equates a short name ("Liza (short for Elizaveta)")',
    text: "'Liza (short for Elizaveta) works at Studio Albatros,' she wrote. The woman is Elizaveta Krivonogikh.",
    same: [['Liza', 'Elizaveta Krivonogikh']],
  },
  {
    label: 'acronym joins the long form',
    text: 'The European Union agreed. The EU will act next week.',
    same: [['European Union', 'EU']],
  },
  {
    label: 'capital and demonym join the country',
    text: 'Russia warned Ukraine. Moscow said Russian troops would stay.',
    same: [
      ['Russia', 'Moscow'],
      ['Russia', 'Russian'],
    ],
  },
];

describe('within-article resolution', () => {
  it.each(mergeCases)('$label', ({ text, same, different }) => {
    const x = run(text);
    for (const [a, b] of same) {
      expect(idOf(x, a), `${a} found`).toBeDefined();
      expect(idOf(x, a), `${a} and ${b} are one entity`).toBe(idOf(x, b));
    }
    for (const [a, b] of different ?? []) {
      expect(idOf(x, a), `${a} found`).toBeDefined();
      expect(idOf(x, a), `${a} and ${b} are two entities`).not.toBe(idOf(x, b));
    }
  });
});

describe('linking', () => {
  it.each([
    { label: 'countries by ISO alpha-3', text: 'North Korea and the US met.', surface: 'North Korea', id: 'country:PRK' },
    { label: 'demonym by ISO alpha-3', text: 'Dutch officials agreed.', surface: 'Dutch', id: 'country:NLD' },
    { label: 'person by slug of the fullest name', text: 'Kim said so. Kim Jong Un agreed.', surface: 'Kim', id: 'person:kim-jong-un' },
    { label: 'initials lose their dots', text: 'Vice President J.D. Vance spoke.', surface: 'J.D. Vance', id: 'person:jd-vance' },
    {
      label: 'generic party qualified by the country the text ties it to',
      text: 'South Korea swore in Lee Jae-myung, a liberal from the Democratic Party.',
      surface: 'Democratic Party',
      id: 'org:democratic-party-kor',
    },
  ])('$label', ({ text, surface, id }) => {
    expect(idOf(run(text), surface)).toBe(id);
  });

  it.each([
    { label: 'a well-known person by surname alone gets the canonical id', text: 'Trump said the talks went well.', surface: 'Trump', id: 'person:donald-trump' },
    { label: 'a spelling variant of a well-known name gets the canonical id', text: 'Kim Jong-un inspected a factory.', surface: 'Kim Jong-un', id: 'person:kim-jong-un' },
    { label: 'the text still wins: a relative sharing the surname is not merged', text: 'Naina Yeltsin visited a hospital.', surface: 'Naina Yeltsin', id: 'person:naina-yeltsin' },
    { label: 'a curated surname alone gets the canonical id', text: 'Romney said the plan would fail.', surface: 'Romney', id: 'person:mitt-romney' },
    { label: 'a surname several public figures share names no one in particular', text: 'Cuomo said the plan would fail.', surface: 'Cuomo', id: 'person:cuomo' },
    { label: 'a shared surname joins the full name the article gives', text: 'Jeb Bush spoke in Miami. Bush said the plan would fail.', surface: 'Bush', id: 'person:jeb-bush' },
  ])('$label', ({ text, surface, id }) => {
    expect(idOf(run(text), surface)).toBe(id);
  });

  it('ids do not depend on the order of mentions', () => {
    const a = run('Putin spoke. Vladimir Putin left.');
    const b = run('Vladimir Putin spoke. Putin left.');
    expect(idOf(a, 'Putin')).toBe('person:vladimir-putin');
    expect(idOf(b, 'Putin')).toBe('person:vladimir-putin');
  });

  it("an analyst's merge in the alias dictionary joins two names the text keeps apart", () => {
    const pinned = createResources({
      aliases: [{ id: 'person:elizaveta-krivonogikh', names: ['Elizaveta Krivonogikh', 'Elizaveta Rudnova'], type: 'Person' }],
    });
    const x = extract({ id: 'm', text: 'Elizaveta Krivonogikh studied in Paris. In France she is Elizaveta Rudnova.' }, pinned);
    expect(idOf(x, 'Elizaveta Rudnova')).toBe('person:elizaveta-krivonogikh');
    expect(idOf(x, 'Elizaveta Krivonogikh')).toBe('person:elizaveta-krivonogikh');
  });

  it('a user alias dictionary pins ids', () => {
    const pinned = createResources({
      aliases: 'id,names,type\nwd:Q7747,Vladimir Putin|Vladimir Vladimirovich Putin,Person\n',
    });
    const x = extract({ id: 'a', text: 'Vladimir Putin met aides. Putin smiled.' }, pinned);
    expect(idOf(x, 'Vladimir Putin')).toBe('wd:Q7747');
    expect(idOf(x, 'Putin')).toBe('wd:Q7747');
  });
});

describe('roles', () => {
  it.each([
    {
      label: 'demonym + title + name',
      text: 'Russian President Vladimir Putin spoke.',
      role: ['person:vladimir-putin', 'country:RUS', 'President'],
    },
    {
      label: 'country + two-word title + name',
      text: 'US Vice President JD Vance spoke.',
      role: ['person:jd-vance', 'country:USA', 'Vice President'],
    },
    {
      label: 'title of the one country in the sentence',
      text: 'South Korea swore in new President Lee Jae-myung on Wednesday.',
      role: ['person:lee-jae-myung', 'country:KOR', 'President'],
    },
    {
      label: '"aide to X, Y" makes Y an aide of X',
      text: 'In a meeting with a top security aide to Putin, Sergei Shoigu, Kim spoke.',
      role: ['person:sergei-shoigu', 'person:vladimir-putin', 'aide'],
    },
    {
      label: 'appositive with a demonym: "X, the Russian foreign minister,"',
      text: 'Sergei Lavrov, the Russian foreign minister, said so.',
      role: ['person:sergei-lavrov', 'country:RUS', 'foreign minister'],
    },
    {
      label: 'honorific between title and name',
      text: "Iran's supreme leader Ayatollah Ali Khamenei spoke.",
      role: ['person:ali-khamenei', 'country:IRN', 'supreme leader'],
    },
    {
      label: 'organisation + title + name',
      text: 'Congress MP Shashi Tharoor said so.',
      role: ['person:shashi-tharoor', 'org:congress', 'MP'],
    },
  ])('$label', ({ text, role }) => {
    const roles = run(text)
      .relations.filter((r) => r.type === 'HAS_ROLE')
      .map((r) => (r.type === 'HAS_ROLE' ? [r.source, r.target, r.title] : []));
    expect(roles).toContainEqual(role);
  });
});

describe('descriptions', () => {
  it('"the North Korean leader" refers to the leader named earlier (relation layer only)', () => {
    const text = 'North Korean leader Kim Jong Un met envoys. The North Korean leader has aligned with Moscow.';
    const { analyzed } = analyzeDocument({ id: 'd', text }, resources);
    const d = analyzed.mentions.find((m) => m.via === 'description');
    expect(d?.entityId).toBe('person:kim-jong-un');
    expect(d && text.slice(d.start, d.end)).toBe('leader');
    // Not a name: the extraction lists only names as mentions.
    const x = extract({ id: 'd', text }, resources);
    expect(x.entities.find((e) => e.id === 'person:kim-jong-un')?.mentions.map((m) => m.text)).toEqual(['Kim Jong Un']);
  });
});

describe('bad input', () => {
  it.each([
    { label: 'empty text', text: '' },
    { label: 'whitespace only', text: '   \n\n\t ' },
    { label: 'no sentences, only punctuation', text: '... --- !!! ???' },
    { label: 'control characters', text: 'Putin\u0000 met \u0007Kim Jong Un\u001b in Moscow.\u0008' },
    { label: 'emoji and surrogate pairs', text: '\u{1F600} Vladimir Putin \u{1F4A5} met Kim Jong Un.' },
  ])('$label gives a valid result with offsets in range', ({ text }) => {
    const x = run(text);
    for (const e of x.entities)
      for (const m of e.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
  });

  it('names around a 1 MB unbroken run (base64, garbage) are still found, offsets exact', () => {
    const junk = 'QUJD'.repeat(250_000);
    const text = `Vladimir Putin met Kim Jong Un. ${junk} Putin left.`;
    const x = run(text);
    const putin = x.entities.find((e) => e.id === 'person:vladimir-putin');
    expect(putin?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Vladimir Putin', 'Putin']);
  });

  it('non-English text is detected and not tagged', () => {
    const text =
      'Le président russe Vladimir Poutine a rencontré le dirigeant nord-coréen à Pyongyang. Les deux pays ont signé un accord de coopération militaire et économique qui inquiète les voisins de la région.';
    const x = run(text);
    expect(x.language).toBe('fra');
    expect(x.entities).toEqual([]);
    expect(x.warnings?.[0]).toMatch(/expected English text, got language 'fra'/);
  });

  it('a long article keeps offsets exact', () => {
    const para = 'Russian President Vladimir Putin met Kim Jong Un in Pyongyang. Moscow said ties would deepen. ';
    const text = para.repeat(2000);
    const x = run(text);
    const putin = x.entities.find((e) => e.id === 'person:vladimir-putin');
    expect(putin?.mentions.length).toBe(2000);
    for (const m of putin?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
