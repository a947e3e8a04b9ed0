import { describe, expect, test } from 'vitest';
import { extractRelations } from './index.js';
import { extractStances } from './extract-stances.js';
import { analyzeForRelations, type MarkedEntity } from './testing/analyze-text.js';

/** Entities the sentences below refer to, marked by string search (independent of the entity layer). */
const ENTITIES: MarkedEntity[] = [
  { id: 'country:USA', names: ['Washington', 'United States', 'US', 'American', 'America'] },
  { id: 'country:KOR', names: ['Seoul', 'South Korea'] },
  { id: 'country:RUS', names: ['Moscow', 'Russia', 'Russian', 'Kremlin'] },
  { id: 'country:PRK', names: ['Pyongyang', 'North Korea', 'North Korean'] },
  { id: 'country:UKR', names: ['Kyiv', 'Ukraine', 'Ukrainian'] },
  { id: 'country:IND', names: ['India', 'Indian'] },
  { id: 'country:PAK', names: ['Pakistan', 'Pakistani'] },
  { id: 'country:ISR', names: ['Israel', 'Israeli'] },
  { id: 'country:IRN', names: ['Iran'] },
  { id: 'person:kim-jong-un', names: ['Kim Jong Un', 'Kim'] },
  { id: 'person:vladimir-putin', names: ['Vladimir Putin', 'Putin'] },
  { id: 'person:donald-trump', names: ['Donald Trump', 'Trump'] },
  { id: 'person:will-hurd', names: ['Hurd'] },
  { id: 'person:yury-ushakov', names: ['Yury Ushakov', 'Ushakov'] },
  { id: 'org:nato', type: 'Organization', names: ['NATO'] },
  { id: 'org:hamas', type: 'Organization', names: ['Hamas'] },
  { id: 'org:gop', type: 'Organization', names: ['Republicans', 'Republican'] },
  { id: 'org:irs', type: 'Organization', names: ['IRS'] },
];

type Edge = string; // "source>target:polarity[:flags]"
const short = (id: string): string => id.replace(/^(country|person|org):/, '');

function edges(text: string): Edge[] {
  const doc = analyzeForRelations(text, ENTITIES);
  return extractStances(doc).map((r) => {
    const flags = [
      r.negated ? 'neg' : '',
      r.modality ?? '',
      r.attributedTo.length ? `attr=${r.attributedTo.map(short).join('+')}` : '',
    ].filter(Boolean);
    return [`${short(r.source)}>${short(r.target)}:${r.polarity > 0 ? '+' : '-'}`, ...flags].join(
      ':',
    );
  });
}

/** [construction, sentence, edges that must be present, edges that must be absent]. */
const CASES: [string, string, Edge[], Edge[]][] = [
  ['active', 'Hurd has also denounced Trump.', ['will-hurd>donald-trump:-'], []],
  ['active', 'Russia attacked Ukraine on Monday.', ['RUS>UKR:-'], ['UKR>RUS:-']],
  [
    'active, material cooperation',
    'The United States is supplying Ukraine with air defence systems.',
    ['USA>UKR:+'],
    [],
  ],
  ['active, phrasal', 'Trump lashed out at NATO during the summit.', ['donald-trump>nato:-'], []],
  [
    'active, needs object noun (a diplomatic summons)',
    'Moscow summoned the US ambassador over the expulsions.',
    ['RUS>USA:-'],
    [],
  ],
  [
    'active, needs object noun: summoning a player is no protest',
    'Trump summoned Hurd to the White House after the vote.',
    [],
    ['donald-trump>will-hurd:-'],
  ],
  [
    'active, needs object noun',
    'Kim has increasingly severed links with South Korea.',
    ['kim-jong-un>KOR:-'],
    [],
  ],
  [
    'nominal, light verb with an amount before the noun',
    'Washington has provided nearly $40 billion more in military aid to Ukraine since 2022.',
    ['USA>UKR:+'],
    [],
  ],
  [
    'nominal, an amount of trade is no aid',
    'Russia lost $5 billion in trade with Ukraine last year.',
    [],
    ['RUS>UKR:+', 'RUS>UKR:-'],
  ],
  [
    'active, idiom with a needed noun ("sound the death knell of")',
    "Trump sounded the death knell for Putin's pipeline.",
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'active, a verb wink tags as a noun after "to"',
    'The Republicans voted to defund the IRS.',
    ['gop>irs:-'],
    [],
  ],
  [
    'reported speech, a participle after a comma that wink tags as a noun',
    'Hurd spoke at length, warning reporters that Iran cannot be trusted.',
    ['will-hurd>IRN:-'],
    [],
  ],
  [
    'participial adjunct after a subordinate clause takes the main clause subject',
    'Hurd has fought the bill since the vote began, criticising Trump.',
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'participial adjunct, the first of two coordinated verbs tagged as a noun',
    'Hurd ducks and weaves, attacking Trump at every turn.',
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'object control, a verb of undoing is a demand',
    'Hurd has asked the IRS to reconsider its ruling.',
    ['will-hurd>irs:-'],
    [],
  ],
  [
    'agentive noun: a capitalised word after "ally of" that is no name stops the target search',
    "Kim is an old ally of Sunni Pakistan's rival India.",
    [],
    ['kim-jong-un>PAK:+'],
  ],
  ['passive', 'Kyiv was attacked by Russia overnight.', ['RUS>UKR:-'], ['UKR>RUS:-']],
  ['passive, reduced', 'Ukraine, backed by Washington, held the line.', ['USA>UKR:+'], []],
  ['passive without agent', 'Ukraine was attacked overnight.', [], ['UKR>UKR:-']],
  ['nominal, possessive', "Putin's strike on Kyiv killed dozens.", ['vladimir-putin>UKR:-'], []],
  [
    'nominal, possessive before a quoted noun',
    'Putin\'s "criticism" of Ukraine went on.',
    ['vladimir-putin>UKR:-'],
    [],
  ],
  [
    'nominal, light verb',
    'Kim vows full backing for Vladimir Putin.',
    ['kim-jong-un>vladimir-putin:+'],
    [],
  ],
  [
    'nominal, demonym modifier',
    'A Russian airstrike on Ukraine destroyed a bridge.',
    ['RUS>UKR:-'],
    [],
  ],
  [
    'nominal, receive',
    'Israel won the backing of the United States.',
    ['USA>ISR:+'],
    ['ISR>USA:+'],
  ],
  [
    'nominal, agentive apposition',
    'Hurd, a fierce critic of Trump, spoke on Sunday.',
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'possessive pronoun',
    'Kim reiterated his pledge to unconditionally support Russia.',
    ['kim-jong-un>RUS:+'],
    [],
  ],
  [
    'apposition',
    'Aide to Putin, Yury Ushakov, endorsed Trump.',
    ['yury-ushakov>donald-trump:+'],
    ['vladimir-putin>donald-trump:+'],
  ],
  ['relative clause', 'Iran, which has long backed Hamas, denied the report.', ['IRN>hamas:+'], []],
  ['coordination, sources', 'India and Pakistan condemned Israel.', ['IND>ISR:-', 'PAK>ISR:-'], []],
  [
    'coordination, targets',
    'Russia attacked Ukraine and South Korea.',
    ['RUS>UKR:-', 'RUS>KOR:-'],
    [],
  ],
  [
    'coordination, reciprocal',
    'India and Pakistan agreed to stop military action.',
    ['IND>PAK:+', 'PAK>IND:+'],
    [],
  ],
  [
    'coordination, verb phrases',
    'India conducted an operation and hit terror camps in Pakistan.',
    ['IND>PAK:-'],
    [],
  ],
  [
    'negation: conflict not stated',
    'Trump did not criticise Putin.',
    [],
    ['donald-trump>vladimir-putin:-', 'donald-trump>vladimir-putin:+'],
  ],
  [
    'negation: disowning the act ("was wrong to", "regrets")',
    'Trump says maybe he was wrong to trust Putin.',
    ['donald-trump>vladimir-putin:-:neg'],
    ['donald-trump>vladimir-putin:+'],
  ],
  ['negation: regret', 'Kim regrets backing Putin.', ['kim-jong-un>vladimir-putin:-:neg'], []],
  [
    'negation: disowning a criticism states nothing',
    'Trump was wrong to criticise Putin.',
    [],
    ['donald-trump>vladimir-putin:-', 'donald-trump>vladimir-putin:+'],
  ],
  [
    'reported speech: the modal idiom "better hope" is no praise',
    'Trump later tweeted: "Putin better hope that there are no tapes of our conversations!"',
    [],
    ['donald-trump>vladimir-putin:+'],
  ],
  [
    'neutral, "hammer out" (with its particle) is no criticism',
    'Hurd rejected a US offer to host talks to hammer out a framework agreement with Russia.',
    [],
    ['USA>RUS:-'],
  ],
  [
    'negation: refusal',
    'Trump refused to back Putin.',
    ['donald-trump>vladimir-putin:-:neg'],
    ['donald-trump>vladimir-putin:+'],
  ],
  [
    'negation: will not',
    'Trump will not support Putin.',
    ['donald-trump>vladimir-putin:-:neg:planned'],
    [],
  ],
  ['modality: planned', 'Russia will supply North Korea with fuel.', ['RUS>PRK:+:planned'], []],
  ['modality: hedged', 'Russia may have supplied North Korea with fuel.', ['RUS>PRK:+:hedged'], []],
  ['modality: threat', 'Russia threatened to strike Ukraine.', ['RUS>UKR:-:threatened'], []],
  [
    'modality: conditional',
    'Iran will attack Israel if Israel strikes first.',
    ['IRN>ISR:-:conditional'],
    [],
  ],
  [
    'attribution',
    'Washington and Seoul allege that Moscow is helping Pyongyang evade sanctions.',
    ['USA>RUS:-', 'KOR>RUS:-', 'RUS>PRK:+:attr=USA+KOR'],
    ['USA>RUS:+', 'USA>PRK:+'],
  ],
  [
    'attribution: according to',
    'Russia is arming North Korea, according to Seoul.',
    ['RUS>PRK:+:attr=KOR'],
    [],
  ],
  [
    'reported speech: evaluation',
    'Trump said Putin is a great leader.',
    ['donald-trump>vladimir-putin:+'],
    [],
  ],
  [
    'reported speech: evaluation of a possessed subject with a hyphenated modifier',
    'Putin stoked the row by saying Trump\'s exuberant on-court celebrations were "not very good for the sport".',
    ['vladimir-putin>donald-trump:-'],
    ['vladimir-putin>donald-trump:+'],
  ],
  [
    'reported speech: an addressee and its phrases before "that"',
    'Putin told reporters in Moscow on Tuesday that Trump is a liar.',
    ['vladimir-putin>donald-trump:-'],
    [],
  ],
  [
    'reported speech: warning an addressee that Z … is about Z, not a threat to the addressee',
    'Kim warned US lawmakers in an address last month that Russia cannot be trusted.',
    ['kim-jong-un>RUS:-'],
    ['kim-jong-un>USA:-'],
  ],
  [
    'reported speech: own stance',
    'Kim said he will unconditionally support Russia.',
    ['kim-jong-un>RUS:+:planned'],
    [],
  ],
  [
    'reported speech: demand',
    'Washington said Moscow must withdraw its troops.',
    ['USA>RUS:-'],
    [],
  ],
  ['evaluation verb', 'Trump called Putin a liar.', ['donald-trump>vladimir-putin:-'], []],
  [
    'evaluation verb: naming a wrongdoer',
    'Kim identified Putin as the attacker.',
    ['kim-jong-un>vladimir-putin:-'],
    [],
  ],
  [
    'neutral, evaluation verb with a neutral noun',
    'Kim identified Putin as the driver.',
    [],
    ['kim-jong-un>vladimir-putin:-', 'kim-jong-un>vladimir-putin:+'],
  ],

  [
    'NP head after a title',
    'Trump threatened former NATO chief Putin on Friday.',
    ['donald-trump>vladimir-putin:-'],
    ['donald-trump>nato:-'],
  ],
  [
    'reported speech: complaining verb',
    'Trump lamented that Putin had not done enough.',
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'complement: demand that',
    'The United States demanded that Iran halt enrichment.',
    ['USA>IRN:-'],
    [],
  ],
  [
    'nominal, container noun',
    'The Kremlin sent a message of support for Kim.',
    ['RUS>kim-jong-un:+'],
    [],
  ],
  [
    'nominal, withdrawn',
    'Hurd withdrew his support from Trump.',
    ['will-hurd>donald-trump:-:neg'],
    ['will-hurd>donald-trump:+'],
  ],
  [
    'nominal, agentive possessive',
    "The United States is one of Israel's strongest allies.",
    ['USA>ISR:+'],
    ['ISR>USA:+'],
  ],
  [
    'complement: threatened act',
    'Russia threatened to impose a blockade on Ukraine.',
    ['RUS>UKR:-:threatened'],
    [],
  ],
  [
    'complement: a threat aimed at the subject of its condition',
    'Pakistan threatened to pull out of the talks unless India withdraws its troops.',
    ['PAK>IND:-:threatened'],
    [],
  ],
  [
    'complement: a warning aimed at the subject of its condition',
    'Iran warned that it would close its airspace if Israel carried out the strikes.',
    ['IRN>ISR:-'],
    [],
  ],
  [
    'neutral, complement: a condition without a name of its own',
    'Iran warned that it would retaliate if attacked by Israel.',
    [],
    ['IRN>ISR:-'],
  ],
  [
    'reported demand: a participle inside the "and other" conjunct before "must"',
    'Pakistan said on Monday that India and other advanced economies must cut emissions.',
    ['PAK>IND:-'],
    [],
  ],
  [
    'coordination, reciprocal: an exchange of prisoners',
    'India and Pakistan exchanged prisoners on Tuesday.',
    ['IND>PAK:+', 'PAK>IND:+'],
    [],
  ],
  [
    'complement: demand that, a possessive pronoun before the name',
    'Ukraine demanded that its American partners send more air defences.',
    ['UKR>USA:-'],
    [],
  ],
  [
    "coordination, a name modifying the first conjunct's head",
    'The Israeli government and Hamas have agreed to a truce.',
    ['ISR>hamas:+', 'hamas>ISR:+'],
    [],
  ],
  [
    'direct object: the right of Y is the holder\'s, as "Y\'s right"',
    'India defended the right of Israel to hold elections.',
    ['IND>ISR:+'],
    [],
  ],
  [
    'agent nouns: peacekeepers arriving in Y are help to Y',
    'Indian peacekeepers and relief teams have arrived in Ukraine.',
    ['IND>UKR:+'],
    [],
  ],
  [
    'neutral, agent nouns: other troops arriving in Y are no help',
    'Russian troops arrived in Ukraine on Monday.',
    [],
    ['RUS>UKR:+'],
  ],
  [
    'complement: proposal accepted',
    'Ukraine accepted demands from Russia.',
    ['UKR>RUS:+'],
    ['RUS>UKR:-'],
  ],
  ['object control', 'Washington urged Seoul to support Ukraine.', ['USA>UKR:+'], ['KOR>UKR:+']],
  [
    'passive, pronoun subject',
    'When Kim arrived in Moscow, he was praised by Putin.',
    ['vladimir-putin>kim-jong-un:+'],
    [],
  ],
  [
    'reported speech: trailing speaker',
    '"Russia is a corrupt and dangerous regime," Trump said.',
    ['donald-trump>RUS:-'],
    [],
  ],
  ['nominal, receive (have)', 'Iran has the backing of Russia.', ['RUS>IRN:+'], ['IRN>RUS:+']],
  [
    'nominal, participle agent',
    'Israel launched an investigation into attacks committed by Hamas.',
    ['ISR>hamas:-'],
    [],
  ],
  [
    'needs noun, hyphenated modifier',
    'Israel lifted a day-old blockade on Hamas.',
    ['ISR>hamas:+'],
    [],
  ],
  ['neutral, sports result', 'Russia beat Ukraine 3-0 in the final.', [], ['RUS>UKR:-']],
  ['neutral, name as modifier', 'Trump defended his NATO record.', [], ['donald-trump>nato:+']],
  [
    'neutral',
    'Trump met reporters in Washington before flying to Moscow.',
    [],
    ['donald-trump>USA:+', 'donald-trump>RUS:+'],
  ],
  [
    'neutral',
    'Putin and Trump were both born in the 1940s.',
    [],
    ['vladimir-putin>donald-trump:+', 'donald-trump>vladimir-putin:+'],
  ],
  ['neutral, condemned event', 'Kim condemned the attack on Russia.', [], ['kim-jong-un>RUS:-']],
  [
    'nominal, plural possessive',
    "Republicans' sharp criticism of IRS behaviour grew louder.",
    ['gop>irs:-'],
    [],
  ],
  [
    'nominal, light verb with particle',
    'Washington stepped up its criticism of Moscow.',
    ['USA>RUS:-'],
    [],
  ],
  [
    'nominal, container after copula',
    'The Russian delegation was another show of support for Kim.',
    ['RUS>kim-jong-un:+'],
    [],
  ],
  [
    'agentive noun, list of holders',
    "Trump's critics, including Hurd and Putin, spoke up.",
    ['will-hurd>donald-trump:-', 'vladimir-putin>donald-trump:-'],
    [],
  ],
  [
    'agentive noun, own preposition, negated',
    'Hurd may not be the biggest believer in Trump.',
    ['will-hurd>donald-trump:-:neg:hedged'],
    ['will-hurd>donald-trump:+'],
  ],
  ['phrasal, idiom', 'Trump pointed the finger at Kim.', ['donald-trump>kim-jong-un:-'], []],
  ['phrasal, support', 'Republicans are solidifying behind Trump.', ['gop>donald-trump:+'], []],
  [
    'active, -en participle tagged as noun',
    'Ukrainian forces have retaken a village in Russia.',
    ['UKR>RUS:-'],
    [],
  ],
  [
    'coordination, list with descriptors closed by "and other"',
    'Filmmaker Hurd, feminist icon Kim, musician Putin and other speakers attacked Trump.',
    ['will-hurd>donald-trump:-', 'kim-jong-un>donald-trump:-', 'vladimir-putin>donald-trump:-'],
    [],
  ],
  [
    'coordination, copula clause then negated support',
    'Hurd, 25, is a Republican but did not support Trump.',
    ['will-hurd>donald-trump:-:neg'],
    ['gop>donald-trump:-:neg'],
  ],
  [
    'object control, cessation demand',
    'Washington called on Moscow to stop shelling civilians.',
    ['USA>RUS:-'],
    [],
  ],
  [
    'object control, cessation demand',
    'Seoul urged Pyongyang to release the sailors.',
    ['KOR>PRK:-'],
    [],
  ],
  [
    'object control, not cessation',
    'Seoul urged Pyongyang to attend the talks.',
    [],
    ['KOR>PRK:-'],
  ],
  [
    'reported speech, accusatory verb',
    'Hurd alleged that Trump is trying to delay the vote.',
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'reported speech, the victim reports a hostile act: an accusation',
    'Hurd said on Monday that Russian troops had been shelling his convoy for days.',
    ['will-hurd>RUS:-', 'RUS>will-hurd:-:attr=will-hurd'],
    [],
  ],
  [
    "reported speech, the victim's spokesman reports a hostile act",
    "Kim's envoy said Trump is out to wreck his summit.",
    ['kim-jong-un>donald-trump:-'],
    [],
  ],
  [
    'reported speech, a hostile act against a third party is no accusation by the speaker',
    'Hurd said Russia attacked Ukraine on Monday.',
    ['RUS>UKR:-:attr=will-hurd'],
    ['will-hurd>RUS:-'],
  ],
  [
    'reported speech, "X knew of …" is no trailing speaker of the clause before it',
    'Hurd alleges the IRS knew of the leak because it had blocked his account.',
    ['will-hurd>irs:-'],
    ['will-hurd>irs:-:attr=irs'],
  ],
  [
    'reported speech, speech verb tagged as adjective',
    "Hurd alleged America's police force is guilty of abuse.",
    ['will-hurd>USA:-'],
    [],
  ],
  [
    'reported speech, quoted evaluative words',
    "Hurd said that Trump had made 'false' claims about the crowd.",
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'evaluation of a possessed act',
    "Hurd described Trump's response as 'unacceptable'.",
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'nominal, agent with apposition',
    'The allegations against Trump made by his rival, Senator Hurd, spread fast.',
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'nominal, receive verb with "from"',
    'Trump drew sharp criticism from Hurd over the remarks.',
    ['will-hurd>donald-trump:-'],
    ['donald-trump>will-hurd:-'],
  ],
  [
    'nominal, receive verb with "from"',
    'Trump earned praise from Hurd.',
    ['will-hurd>donald-trump:+'],
    [],
  ],
  [
    'nominal, "came under fire from"',
    'Trump came under fire from Hurd last week.',
    ['will-hurd>donald-trump:-'],
    ['donald-trump>will-hurd:-'],
  ],
  [
    'nominal, noun tagged as adjective',
    'Putin received a warm welcome from Kim.',
    ['kim-jong-un>vladimir-putin:+'],
    [],
  ],
  [
    'evaluation, relative clause object',
    'Trump, who Hurd has called a liar, spoke first.',
    ['will-hurd>donald-trump:-'],
    ['donald-trump>will-hurd:-'],
  ],
  [
    'purpose infinitive takes the main subject',
    'Trump used a rally in Moscow on Thursday to praise Putin.',
    ['donald-trump>vladimir-putin:+'],
    [],
  ],
  [
    'object control keeps the object as agent',
    'Trump hired Hurd to attack Putin.',
    ['will-hurd>vladimir-putin:-'],
    ['donald-trump>vladimir-putin:-'],
  ],
  [
    'relative "that"',
    'He thanked the Kim family that supports Putin.',
    ['kim-jong-un>vladimir-putin:+'],
    [],
  ],
  [
    'reported speech, apposition after the clause subject',
    'Hurd said Trump, the former host, is a fraud.',
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'reported speech, predicative word of fortune',
    "Hurd says Trump's reforms are a disaster.",
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'object in apposition to a common noun',
    "Hurd accused the mogul's daughter, Kim, of lying.",
    ['will-hurd>kim-jong-un:-'],
    [],
  ],
  [
    'neutral, name after a comma is no object',
    'Trump attacked the plan, Hurd said.',
    [],
    ['donald-trump>will-hurd:-'],
  ],
  [
    'reciprocal noun after a light verb, refused',
    'Israel and Hamas failed to reach agreement on Sunday.',
    ['ISR>hamas:-:neg', 'hamas>ISR:-:neg'],
    [],
  ],
  [
    'reciprocal verb, subject NP with a participle modifier',
    'The Indian and Pakistani sides of this divided region have agreed to share data.',
    ['IND>PAK:+', 'PAK>IND:+'],
    [],
  ],
  [
    'needs noun, participle with the target preposition',
    'Kim shortened the curfew imposed in South Korea.',
    ['kim-jong-un>KOR:+'],
    [],
  ],
  [
    'phrasal expel across a time phrase',
    'The Israeli army forced out on Wednesday hundreds of Hamas members.',
    ['ISR>hamas:-'],
    [],
  ],
  [
    'nominal, time phrase before the preposition',
    "India's envoy launched a mediation effort on Saturday between Israel and Iran.",
    ['IND>ISR:+', 'IND>IRN:+'],
    [],
  ],
  [
    'withdrawal of a cooperative presence is a conflict act',
    'Washington will withdraw its weapons inspectors from Iran.',
    ['USA>IRN:-'],
    ['USA>IRN:+'],
  ],
  [
    'withdrawal of troops is a retreat',
    'Russia withdrew its troops from Ukraine.',
    ['RUS>UKR:+'],
    [],
  ],
  [
    'nominal, response to criticism targets the responder',
    "Hurd refrained from responding to Trump's attacks.",
    ['donald-trump>will-hurd:-'],
    ['will-hurd>donald-trump:-'],
  ],
  [
    'refusal through "from", conflict',
    'Hurd refrained from criticizing Trump.',
    [],
    ['will-hurd>donald-trump:-'],
  ],
  [
    'refusal through "from", cooperation',
    'Hurd refrained from supporting Trump.',
    ['will-hurd>donald-trump:-:neg'],
    [],
  ],
  [
    'free relative before the object',
    "Hurd blasted what he views as Trump's motives.",
    ['will-hurd>donald-trump:-'],
    [],
  ],
  ['release of a person', 'Iran released Kim on Monday.', ['IRN>kim-jong-un:+'], []],
  [
    'neutral, release of a document to someone',
    'Hurd released the letter to Trump.',
    [],
    ['will-hurd>donald-trump:+'],
  ],
  [
    'object pronoun for an earlier name',
    'Trump spoke first, and Hurd praised him warmly.',
    ['will-hurd>donald-trump:+'],
    ['donald-trump>will-hurd:+'],
  ],
  [
    'object pronoun after the trigger preposition',
    'Hamas fired rockets, and Israel lashed out at them.',
    ['ISR>hamas:-'],
    [],
  ],
  [
    'neutral, object pronoun: the referent comes before it, never the subject itself',
    'Putin criticised him before Trump arrived.',
    [],
    ['vladimir-putin>donald-trump:-'],
  ],
  [
    'object pronoun of the wrong type',
    'Russia denied it, and Putin criticised him.',
    [],
    ['vladimir-putin>RUS:-'],
  ],
  [
    'possessor of the object: another gender than the subject pronoun',
    'Trump spoke, and she praised his plan.',
    [],
    [],
  ],
  [
    'neutral, possessive read reflexively',
    'After meeting Trump, Hurd praised his supporters.',
    [],
    ['will-hurd>donald-trump:+'],
  ],
  [
    'receive verb with the giver as modifier',
    'Ukraine has received American support for months.',
    ['USA>UKR:+'],
    ['UKR>USA:+'],
  ],
  [
    'receive verb with the attacker as modifier, conflict',
    'Ukraine has faced Russian attacks for months.',
    ['RUS>UKR:-'],
    [],
  ],
  [
    'receive verb with the giver as modifier, negated',
    'Pakistan will not get American support.',
    ['USA>PAK:-:neg'],
    ['USA>PAK:+'],
  ],
  [
    'neutral, losing support states no act of the giver',
    'Ukraine lost American support.',
    [],
    ['USA>UKR:+', 'USA>UKR:-'],
  ],
  [
    'reported evaluation, negated predicate',
    'Trump said Hurd was not good at his job.',
    ['donald-trump>will-hurd:-'],
    ['donald-trump>will-hurd:+'],
  ],
  [
    'reported evaluation, negated modal passive',
    'Netanyahu told lawmakers that Iran cannot be trusted.',
    [],
    ['IRN>ISR:-'],
  ],
  [
    'reported evaluation, negated modal passive with a named speaker',
    'Hurd said that Iran cannot be trusted.',
    ['will-hurd>IRN:-'],
    ['will-hurd>IRN:+'],
  ],
  [
    'neutral, reported event in a negated passive',
    'Hurd said that Kim was not arrested.',
    [],
    ['will-hurd>kim-jong-un:-', 'will-hurd>kim-jong-un:+'],
  ],
  [
    'second of coordinated participles after a comma',
    'Hurd spoke for an hour, smiling and attacking Trump.',
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'noun of displeasure after a light verb, possessor of the matter',
    "Moscow voiced anger over Trump's decision.",
    ['RUS>donald-trump:-'],
    [],
  ],
  [
    'noun of displeasure with a modifier source',
    'Russian anger at Trump grew.',
    ['RUS>donald-trump:-'],
    [],
  ],
  [
    'neutral, displeasure over an event in a place',
    'Moscow faced public anger over the crash in Ukraine.',
    [],
    ['RUS>UKR:-', 'UKR>RUS:-'],
  ],
  [
    'predicative adjective with "over"',
    "Pakistan is angry over America's unilateral action.",
    ['PAK>USA:-'],
    [],
  ],
  [
    'accusatory speech after an auxiliary',
    'Hurd has alleged that Kim is trying to delay the vote.',
    ['will-hurd>kim-jong-un:-'],
    [],
  ],
  [
    'coordinated subjects with bracketed asides and titles',
    'Senator Will Hurd (R-Texas) and Rep. Yury Ushakov ( ) criticised Trump.',
    ['will-hurd>donald-trump:-', 'yury-ushakov>donald-trump:-'],
    [],
  ],
  [
    'neutral, a name in a prepositional phrase is no coordinated subject',
    'In Washington, Senator Hurd criticised Trump.',
    ['will-hurd>donald-trump:-'],
    ['USA>donald-trump:-'],
  ],
  [
    'neutral, a refusal to comment or respond rejects no one',
    "Putin's office declined to respond to Hurd's charges.",
    ['will-hurd>vladimir-putin:-'],
    ['vladimir-putin>will-hurd:-'],
  ],
  [
    'refusal of an act in the complement',
    'Putin refused to meet Hurd.',
    ['vladimir-putin>will-hurd:-:neg'],
    [],
  ],
  ['deceiving someone', 'Hurd lied to Trump.', ['will-hurd>donald-trump:-'], []],
  [
    'neutral, lying about a matter names its topic, not the deceived',
    "Hurd lied about documents relating to Trump's cases.",
    [],
    ['will-hurd>donald-trump:-'],
  ],
  [
    'neutral, a relative clause after a place phrase belongs to the noun before it',
    'Investigators examined the crash in Russia that killed Hurd.',
    [],
    ['RUS>will-hurd:-'],
  ],
  [
    'relative clause after a place phrase, a name before it',
    'Hurd met Trump in Washington, who criticised Putin.',
    ['donald-trump>vladimir-putin:-'],
    ['USA>vladimir-putin:-'],
  ],
  [
    'neutral, "their" does not stand for one person',
    "Trump's aides share their distrust of Republicans.",
    [],
    ['donald-trump>gop:-'],
  ],
  [
    '"their" for coordinated names',
    'Trump and Putin voiced their distrust of NATO.',
    ['donald-trump>nato:-', 'vladimir-putin>nato:-'],
    [],
  ],
  [
    'reported clause before the speaker, a negated passive judges the possessor',
    "Russia's economic data cannot be trusted, Trump says.",
    ['donald-trump>RUS:-'],
    [],
  ],
  [
    "reported clause before the speaker, a verb phrase judges a person's act",
    "Putin's election poses risks for the relationship, Trump said on Friday.",
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'reported clause before a speaker NP that names the speaker as a modifier',
    'A Putin retreat from the deal would damage trust in the region, NATO ally says',
    ['nato>vladimir-putin:-'],
    [],
  ],
  [
    'neutral, a thing a country modifies is no act of the country',
    'The US wine market represents a growth opportunity, Trump said.',
    [],
    ['donald-trump>USA:+'],
  ],
  [
    'neutral, a passive in a reported clause is an event',
    'There is no sign that US companies are being harmed, Putin said.',
    [],
    ['vladimir-putin>USA:-'],
  ],
  [
    'neutral, words of fortune judge no one',
    'Ukraine is vulnerable, Putin said.',
    [],
    ['vladimir-putin>UKR:-'],
  ],
  [
    'neutral, "he" after a "she" that stood for the speaker is not the speaker',
    'Hurd came out against Trump, saying she doubted whether he would support NATO.',
    ['will-hurd>donald-trump:-'],
    ['will-hurd>nato:+'],
  ],
  [
    'neutral, "they" is not one named person',
    'Hurd said it is too late for Republicans, as they went after Trump by falsely accusing him.',
    [],
    ['will-hurd>donald-trump:-', 'donald-trump>will-hurd:-'],
  ],
  [
    '"they" for a speaker NP with other people',
    'Hurd and many other senators said that they supported Trump.',
    ['will-hurd>donald-trump:+'],
    [],
  ],
  [
    'a gerund after "before" / "after" takes the subject of the verb it follows',
    'Trump strongly praised Putin after talking with him for an hour.',
    ['donald-trump>vladimir-putin:+'],
    ['vladimir-putin>donald-trump:+'],
  ],
  [
    'verbs coordinated before a shared object',
    'Putin both praised and criticized Trump.',
    ['vladimir-putin>donald-trump:+', 'vladimir-putin>donald-trump:-'],
    [],
  ],
  [
    'neutral, a conjunction before a new subject shares no object',
    'Putin criticized and Kim praised Trump.',
    ['kim-jong-un>donald-trump:+'],
    ['vladimir-putin>donald-trump:-'],
  ],
  [
    '"he" after a non-person main subject is the one person named before',
    'NATO hit Hurd with a charge after he accused Trump of lying.',
    ['will-hurd>donald-trump:-'],
    ['nato>donald-trump:-'],
  ],
  [
    'neutral, "he" with two persons named before stays unresolved',
    'NATO hit Hurd and Kim with a charge after he accused Trump of lying.',
    [],
    ['will-hurd>donald-trump:-', 'kim-jong-un>donald-trump:-'],
  ],
  [
    '"no choice but to" before the trigger',
    'Hurd, according to his aides, had decided he would have no choice but to endorse Trump.',
    ['will-hurd>donald-trump:+'],
    [],
  ],
  [
    'neutral, "but to" after a name joins clauses',
    'Putin met Kim but to praise Trump was a mistake.',
    [],
    ['kim-jong-un>donald-trump:+'],
  ],
  [
    'a past-tense verb after "and" is coordinated with the finite verb, not a nearer infinitive',
    'Ukraine has accused Trump of using his NATO post to interfere in politics and blamed him for the row.',
    ['UKR>donald-trump:-'],
    ['nato>donald-trump:-'],
  ],
  [
    'a later conjunct names the object ("her work …, and her husband, Y, calling …")',
    'Hurd also praised her work during the Putin years, and her husband, Trump, calling them both patriots.',
    ['will-hurd>donald-trump:+'],
    ['will-hurd>vladimir-putin:+'],
  ],
  [
    'neutral, a later conjunct that opens a clause is no object',
    'Hurd also praised her work during the Putin years, and her husband, Trump, called them both patriots.',
    [],
    ['will-hurd>donald-trump:+'],
  ],
  [
    'a comma-joined verb phrase after a verb with a particle',
    'Putin immediately fired back, accused Trump of lying.',
    ['vladimir-putin>donald-trump:-'],
    [],
  ],
  [
    'participial chain after a comma, "not just … but also"',
    'Republicans are going further, not just refusing to support Trump but also endorsing Putin.',
    ['gop>donald-trump:-:neg', 'gop>vladimir-putin:+'],
    ['gop>donald-trump:+'],
  ],
  [
    'second of coordinated participles that wink tags as a noun',
    'Hurd spoke, blustering aggressively and attacking NATO.',
    ['will-hurd>nato:-'],
    [],
  ],
  [
    'a gerund of means takes the subject of the verb it follows',
    "Putin played upon Trump's vulnerabilities by complimenting him.",
    ['vladimir-putin>donald-trump:+'],
    ['donald-trump>vladimir-putin:+'],
  ],
  [
    'neutral, a passive agent is no means adjunct',
    'Putin was praised by Trump.',
    ['donald-trump>vladimir-putin:+'],
    ['vladimir-putin>donald-trump:+'],
  ],
  [
    'subject across a bracketed aside and a comparison',
    'Rep. Hurd (R-Texas), like Kim, sharply criticized NATO for failing to act.',
    ['will-hurd>nato:-'],
    ['kim-jong-un>nato:-'],
  ],
  [
    'coordinated verb phrase after a titled object',
    'Kim met Mr. Putin and endorsed him.',
    ['kim-jong-un>vladimir-putin:+'],
    ['vladimir-putin>kim-jong-un:+'],
  ],
  [
    'coordinated verb phrase after an object with a capitalised title',
    'Kim met Foreign Minister Ushakov and criticised him.',
    ['kim-jong-un>yury-ushakov:-'],
    ['yury-ushakov>kim-jong-un:-'],
  ],
  [
    'verb phrases coordinated by a comma share the subject',
    'Putin visited Kim, praised Trump and left.',
    ['vladimir-putin>donald-trump:+'],
    ['kim-jong-un>donald-trump:+'],
  ],
  [
    'neutral, a participle with its agent after a comma modifies the noun before it',
    "Putin's film won the top prize at the Moscow awards, voted for by the American public.",
    [],
    ['vladimir-putin>USA:+'],
  ],
  [
    'neutral, a participial aside is no coordinated verb phrase',
    'Putin, backed by Kim, praised Trump.',
    ['vladimir-putin>donald-trump:+'],
    ['kim-jong-un>donald-trump:+'],
  ],
  [
    'pronoun subject with the possessor of an agreement as target',
    'Hurd met Mr. Trump, and she endorsed his deal.',
    ['will-hurd>donald-trump:+'],
    [],
  ],
  [
    'neutral, the possessor of an agreement is the subject itself',
    'Trump met Kim, and Hurd praised his own deal.',
    [],
    ['will-hurd>donald-trump:+', 'will-hurd>kim-jong-un:+'],
  ],
  [
    'neutral, a possessive already used of the subject is reflexive',
    'Hurd continued his criticism of Trump, defended his speech.',
    ['will-hurd>donald-trump:-'],
    ['will-hurd>donald-trump:+'],
  ],
  [
    'reported superiority before the speaker',
    "'But there was no one better than Putin,' said Trump.",
    ['donald-trump>vladimir-putin:+'],
    [],
  ],
  [
    'reported superiority, negative comparative',
    'Trump said there is no leader worse than Putin.',
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'neutral, a plain comparison ranks no one above all',
    'Trump said Russia is a better partner than Ukraine.',
    [],
    ['donald-trump>UKR:+'],
  ],
  [
    'relative clause without a pronoun after an apposition to the copula subject',
    'Perhaps Putin would be an asset to the new administration, someone Trump respects a tremendous amount.',
    ['donald-trump>vladimir-putin:+'],
    [],
  ],
  [
    'relative clause without a pronoun after an apposition to a name',
    'Putin, a leader Trump admires, spoke.',
    ['donald-trump>vladimir-putin:+'],
    [],
  ],
  [
    'evaluation in a relative clause without a pronoun',
    'Putin, a man Trump called a liar, left.',
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'neutral, a relative clause of time, and one whose verb has its own object',
    'Putin, the day Trump met reporters, left.',
    [],
    ['donald-trump>vladimir-putin:+'],
  ],
  [
    'inverted copula after "among" names the holders of the relative clause',
    'Among those who backed Putin were Trump and Hurd.',
    ['donald-trump>vladimir-putin:+', 'will-hurd>vladimir-putin:+'],
    [],
  ],
  [
    'inverted copula, a descriptor before the holder',
    'Among the groups which condemned Trump was the rights group NATO.',
    ['nato>donald-trump:-'],
    [],
  ],
  [
    'neutral, "among" with a clause of its own',
    'Among the groups which condemned Trump, NATO was the loudest.',
    [],
    ['nato>donald-trump:-'],
  ],
  [
    'passive evaluation with its agent',
    'Putin was called a liar by Trump.',
    ['donald-trump>vladimir-putin:-'],
    ['vladimir-putin>donald-trump:-'],
  ],
  [
    'passive evaluation with "as"',
    'Putin was described as a great leader by Trump.',
    ['donald-trump>vladimir-putin:+'],
    [],
  ],
  [
    'passive evaluation, participle tagged as an adjective',
    'Putin was branded a traitor by Trump.',
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'passive evaluation, agent before "as"',
    'Putin, described by Trump as reckless, left the talks.',
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'passive evaluation, "regarded as" with its agent',
    'Iran, regarded as a threat by Israel, rejected the offer.',
    ['ISR>IRN:-'],
    [],
  ],
  ['evaluation with "as"', 'Trump sees Putin as a threat.', ['donald-trump>vladimir-putin:-'], []],
  [
    'neutral, a verb that judges only with "as"',
    'Trump saw Putin win the race.',
    [],
    ['donald-trump>vladimir-putin:+'],
  ],
  [
    'passive evaluation, reduced participle inside a prepositional phrase',
    'The aid went to Ukrainian militias deemed moderate by Washington.',
    ['USA>UKR:+'],
    [],
  ],
  [
    'passive with an "as" complement before its agent',
    'Kim was hailed as a hero by Putin.',
    ['vladimir-putin>kim-jong-un:+'],
    [],
  ],
  [
    'neutral, a passive call with no evaluation',
    'Putin was called in by Trump.',
    [],
    ['donald-trump>vladimir-putin:+', 'donald-trump>vladimir-putin:-'],
  ],
  [
    'passive agents named after "including"',
    "Putin's speech was praised by other nations, including Ukraine and Iran.",
    ['UKR>vladimir-putin:+', 'IRN>vladimir-putin:+'],
    [],
  ],
  [
    'passive agents named after "such as"',
    'Putin was criticised by leaders such as Trump.',
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'fronted gerund adjunct takes the main clause subject',
    "In refusing Putin's latest request for documents, Hurd asserted that the law is clear.",
    ['will-hurd>vladimir-putin:-'],
    [],
  ],
  [
    'fronted gerund adjunct, the object list stops before the holder',
    'After criticising Putin, Trump left.',
    ['donald-trump>vladimir-putin:-'],
    ['donald-trump>donald-trump:-'],
  ],
  [
    'neutral, a fronted place phrase is no adjunct holder',
    'In Ukraine, Russia attacked Kyiv.',
    ['RUS>UKR:-'],
    ['UKR>RUS:-'],
  ],
  [
    'reported clause before the speaker opened by "its"',
    'There are questions about the growth of Russia, and many believe its economic data cannot be trusted, Trump says.',
    ['donald-trump>RUS:-'],
    [],
  ],
  [
    'neutral, "its" never stands for a person',
    'Putin spoke, and many believe its data cannot be trusted, Trump says.',
    [],
    ['donald-trump>vladimir-putin:-'],
  ],
  [
    '"them" prefers an earlier plural name over a nearer singular one',
    'Republicans who control NATO are refusing to advance the nomination, prompting Trump to accuse them of obstructionism.',
    ['donald-trump>gop:-'],
    ['donald-trump>nato:-'],
  ],
  [
    '"them" with no plural name before it',
    'Putin met NATO leaders and Trump praised them.',
    ['donald-trump>nato:+'],
    [],
  ],
  [
    'a name after a title inside a "by" phrase is no subject',
    'Moscow outraged by President Trump has called for a boycott targeting the United States.',
    ['RUS>USA:-'],
    ['donald-trump>USA:-'],
  ],
  [
    'passive agent named in apposition to a noun a name modifies',
    'Hurd was investigated by US regulatory agency - the IRS - over fraud.',
    ['irs>will-hurd:-'],
    ['USA>will-hurd:-'],
  ],
  [
    'passive agent, a name modifying the noun when no apposition follows',
    'Hurd was investigated by the US agency, Trump said.',
    ['USA>will-hurd:-'],
    ['donald-trump>will-hurd:-'],
  ],
  [
    'judged clause before "according to X" at the sentence end',
    'Putin is a corrupt and dangerous leader, according to Trump.',
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'judged clause after "According to X," at the sentence start',
    "According to Trump, Putin's policies are a disaster.",
    ['donald-trump>vladimir-putin:-'],
    [],
  ],
  [
    'neutral, "according to X" in mid-sentence covers what follows it only',
    "Russia's economy has been a success and, according to NATO, is now strong.",
    [],
    ['nato>RUS:+'],
  ],
  [
    'lexicon, reciprocal phrasal cooperation ("join forces")',
    'India and Pakistan have joined forces against the locusts.',
    ['IND>PAK:+', 'PAK>IND:+'],
    [],
  ],
  [
    'lexicon, phrasal with adverb inside ("work closely with")',
    'Seoul will work closely with NATO on cyber defence.',
    ['KOR>nato:+'],
    [],
  ],
  [
    'lexicon, phrasal "care about"',
    'Trump cares about Israel more than anyone.',
    ['donald-trump>ISR:+'],
    [],
  ],
  [
    'lexicon, legal action phrase',
    'Hamas is taking legal action against the IRS over the seizure.',
    ['hamas>irs:-'],
    [],
  ],
  [
    'lexicon, predicative adjective with "by"',
    "Hurd was appalled by Putin's remarks.",
    ['will-hurd>vladimir-putin:-'],
    [],
  ],
  [
    'lexicon, expel verb ("ditch")',
    'The Republicans ditched Hurd last spring.',
    ['gop>will-hurd:-'],
    [],
  ],
  [
    'lexicon, smear verb through a possessive object ("tarnish")',
    "Kim tried to tarnish Trump's reputation abroad.",
    ['kim-jong-un>donald-trump:-'],
    [],
  ],
  ['lexicon, material aid ("resupply")', 'Iran has resupplied Hamas by sea.', ['IRN>hamas:+'], []],
  [
    'lexicon, noun with its own preposition ("overtures to")',
    'Kim made fresh overtures to Seoul.',
    ['kim-jong-un>KOR:+'],
    [],
  ],
  [
    'definite agent: "by the organisation" stands for the organisation named before it',
    'Hurd, a former adviser to NATO, was praised by the organisation for his loyalty.',
    ['nato>will-hurd:+'],
    [],
  ],
  [
    'definite agent: "by the government" stands for the country named before it',
    "Iran's envoy said Hurd had been denounced by the government as a spy.",
    ['IRN>will-hurd:-'],
    [],
  ],
  [
    'definite agent: not the possessor of another noun ("by the organisation\'s chief")',
    "Hurd, a former adviser to NATO, was praised by the organisation's chief for his loyalty.",
    [],
    ['nato>will-hurd:+'],
  ],
  [
    'lexicon, phrasal criticism ("call out")',
    'Hurd called out Trump over the tariffs.',
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'lexicon, reflexive alignment ("aligned itself with")',
    'Pakistan has aligned itself with Moscow on the issue.',
    ['PAK>RUS:+'],
    [],
  ],
  [
    'lexicon, exploitation phrase ("play upon")',
    "Moscow played upon Hurd's ambitions for years.",
    ['RUS>will-hurd:-'],
    [],
  ],
  [
    'lexicon, noun of dislike with "for" ("disdain for")',
    "Hurd's disdain for the IRS is no secret.",
    ['will-hurd>irs:-'],
    [],
  ],
  [
    'lexicon, noun with its own preposition ("grudge against")',
    "Hurd's grudge against the IRS is old.",
    ['will-hurd>irs:-'],
    [],
  ],
  [
    'coordinated gerunds: the later gerund joins the earlier one, not a clause nested after it',
    "Hurd said the worst errors included misleading a judge, declaring Trump's claims were true without checking them and helping him file a complaint.",
    [],
    ['donald-trump>will-hurd:+'],
  ],
  [
    'a name past a conjunction that has its own verb opens a clause, it is no object',
    'The strike ended, with Hamas providing food and Israel and Iran pledging money to rebuild.',
    [],
    ['hamas>ISR:+', 'hamas>IRN:+'],
  ],
  [
    'a verb after the object noun and a conjunction opens a coordinated predicate',
    'The win saw Hurd nominated for the award and prompted Trump to call him.',
    [],
    ['will-hurd>donald-trump:+'],
  ],
  [
    'a participle between an article and its noun modifies the noun',
    'Kim, the newly appointed head of NATO, spoke on Monday.',
    [],
    ['kim-jong-un>nato:+'],
  ],
  [
    '"visiting" before a name and a plural noun describes the visitors',
    'Seoul made clear to visiting US envoys that it will not pay.',
    [],
    ['KOR>USA:+'],
  ],
  [
    'reported prediction: "unlikely to be charged" judges no one',
    "Hurd said on Monday that Trump was 'unlikely to be charged' over the leak.",
    [],
    ['will-hurd>donald-trump:-'],
  ],
  [
    'a place phrase of a verb group names where, not the agent',
    'A reporter from Seoul was arrested in Russia for collaborating with Ukraine.',
    [],
    ['RUS>UKR:+'],
  ],
  [
    'reported demand: the name after the speech verb opens the complement, it is no speaker',
    'Security officials said Russia and Ukraine must withdraw their troops.',
    [],
    ['RUS>UKR:-'],
  ],
  [
    'coordination: a name after a bare comma is a conjunct only if the list goes on',
    'Putin has threatened to punish Ukraine and Israel, a Russian newspaper reports.',
    ['vladimir-putin>UKR:-'],
    ['vladimir-putin>RUS:-'],
  ],
  [
    'coordination: a trailing speaker after a comma is no conjunct of the object',
    'NATO has backed Ukraine, the IRS said on Tuesday.',
    ['nato>UKR:+'],
    ['nato>irs:+'],
  ],
  [
    'lexicon, "fire" dismisses only a direct object',
    'Washington defended the right of Israeli troops to fire warning shots at militants in Iran.',
    [],
    ['USA>IRN:-', 'ISR>IRN:-'],
  ],
  [
    'a participle after its noun is no purpose clause of the verb before',
    'Kim signed a truce with rebels fighting to topple Putin.',
    [],
    ['kim-jong-un>vladimir-putin:-'],
  ],
  [
    "a lawsuit states the suer's claim: a hostile act against the suer is the suer's accusation",
    'Hurd is suing the city for failing to stop Trump from harassing him.',
    ['will-hurd>donald-trump:-', 'donald-trump>will-hurd:-:attr=will-hurd'],
    [],
  ],
  [
    'a word tagged as a verb after a determiner, possessive or preposition is no verb',
    'Hurd wrote an episode of hit Russian cartoon Masha, and their hit Pyongyang Nights.',
    [],
    ['will-hurd>RUS:-', 'will-hurd>PRK:-'],
  ],
  [
    'agentive noun with its preposition only: a team before "defender" names a position',
    'Newcastle hope to sign Ukraine defender Kim, a staunch defender of Putin.',
    ['kim-jong-un>vladimir-putin:+'],
    ['kim-jong-un>UKR:+'],
  ],
  [
    'lexicon, "take over" seizes only its direct object (succession and duties are none)',
    'Russia tried to take over Ukraine. Hurd took over from Trump and took over the NATO shirt.',
    ['RUS>UKR:-'],
    ['will-hurd>donald-trump:-', 'will-hurd>nato:-'],
  ],
  [
    'agentive noun with its preposition only: a party before "challenger" is the challenger\'s own',
    'Republican challenger Hurd has criticised Trump over the economy.',
    ['will-hurd>donald-trump:-'],
    ['will-hurd>gop:-'],
  ],
  [
    'receive verb: an -ing form after "won" is the noun, its giver follows "from"',
    'Russia won backing from Ukraine for the plan.',
    ['UKR>RUS:+'],
    ['RUS>UKR:+'],
  ],
  [
    'receive verb: a noun in -ing takes no object through "from"',
    'Seoul won the backing from Washington on Monday.',
    ['USA>KOR:+'],
    ['KOR>USA:+'],
  ],
  [
    'speaker evaluation: a passive or a "charge" of movement names no speaker',
    'The shot from Hurd was charged down and Trump scored a brilliant, wonderful goal.',
    [],
    ['will-hurd>donald-trump:+'],
  ],
  [
    'object search: a name behind a third preposition is too deep to be the patient',
    'A judge ordered Hurd to appear for questioning in an inquiry into arms sales to Russia.',
    [],
    ['will-hurd>RUS:-'],
  ],
  [
    'material help goes to a recipient, not to the topic after "on" / "about"',
    'Washington will provide information on the health of Kim.',
    [],
    ['USA>kim-jong-un:+'],
  ],
  [
    'reciprocal meeting: coordinated subjects meeting an object of their own do not meet each other',
    'Putin and Kim met reporters in a hotel on Monday.',
    [],
    ['vladimir-putin>kim-jong-un:+', 'kim-jong-un>vladimir-putin:+'],
  ],
  [
    'reciprocal meeting without an object',
    'Putin and Kim met on Monday.',
    ['vladimir-putin>kim-jong-un:+', 'kim-jong-un>vladimir-putin:+'],
    [],
  ],
  [
    'negation with "yet": a stance still to come is no refusal',
    'Hurd is not backing Trump for the nomination yet.',
    [],
    ['will-hurd>donald-trump:-'],
  ],
  [
    'object NP: a reduced passive of judging names its judge, not the object',
    'Pakistan has armed militant groups labelled terrorists by India.',
    [],
    ['PAK>IND:+'],
  ],
  [
    'object NP: a reduced passive of a stance verb names its own agent, not the object',
    'Washington funded rebel militias backed by Iran.',
    [],
    ['USA>IRN:+'],
  ],
  [
    'attribution: ", saying Z had …" is the subject\'s participle, not a trailing speaker',
    'Russia condemned Ukraine, saying Pakistan had broken the rules.',
    ['RUS>UKR:-'],
    ['RUS>UKR:-:attr=PAK'],
  ],
  [
    'reciprocal conflict verb with an object of its own: a joint act, not a mutual attack',
    'India and Pakistan joined forces to fight piracy in the region.',
    ['IND>PAK:+', 'PAK>IND:+'],
    ['IND>PAK:-', 'PAK>IND:-'],
  ],
  [
    'reciprocal conflict verb done together: no mutual attack',
    'India and Pakistan fought side by side in the campaign.',
    [],
    ['IND>PAK:-', 'PAK>IND:-'],
  ],
  [
    'object NP head: a role noun between a modifier name and the person ("Chelsea striker Y")',
    'Trump criticised Republican lawmaker Hurd on Monday.',
    ['donald-trump>will-hurd:-'],
    ['donald-trump>gop:-'],
  ],
  [
    'agentive noun: its target NP may open with a role noun ("a believer in striker Y")',
    'Putin is a great believer in lawmaker Hurd.',
    ['vladimir-putin>will-hurd:+'],
    [],
  ],
  [
    'lexicon phrase with degree adverbs and a quote inside ("work very closely with")',
    'Seoul vowed to work "even more closely with NATO" on cyber defence.',
    ['KOR>nato:+'],
    [],
  ],
  [
    'nominal target: a long common-noun NP renamed by a name in apposition',
    "Trump filed a lawsuit against the country's powerful tax agency, the IRS, on Monday.",
    ['donald-trump>irs:-'],
    [],
  ],
  [
    'active, subject before a dash-closed relative aside',
    'Hurd - who has long opposed the tariffs on steel - attacked Trump on Monday.',
    ['will-hurd>donald-trump:-'],
    [],
  ],
  [
    'active, subject before a dash-closed aside that names others',
    'Hurd — a former ally of Putin — criticised Trump.',
    ['will-hurd>donald-trump:-'],
    ['vladimir-putin>donald-trump:-'],
  ],
  [
    'reciprocal conflict verb with "each other" stays mutual',
    'India and Pakistan fought each other for years.',
    ['IND>PAK:-', 'PAK>IND:-'],
    [],
  ],
];

describe('stance constructions', () => {
  test.each(CASES)('%s: %s', (_construction, sentence, present, absent) => {
    const got = edges(sentence);
    for (const e of present)
      expect(
        got.some((g) => g === e || g.startsWith(`${e}:`)),
        `expected ${e} in ${JSON.stringify(got)}`,
      ).toBe(true);
    for (const e of absent)
      expect(
        got.some((g) => g === e || g.startsWith(`${e}:`)),
        `unexpected ${e} in ${JSON.stringify(got)}`,
      ).toBe(false);
  });
});

describe('stance relation shape', () => {
  const text = 'Russia attacked Ukraine on Monday. Hurd has also denounced Trump.';
  const rels = extractStances(analyzeForRelations(text, ENTITIES));
  test('evidence is the sentence, segment and typed fields are set', () => {
    const r = rels.find((x) => x.source === 'country:RUS')!;
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe('Russia attacked Ukraine on Monday.');
    expect(r).toMatchObject({
      type: 'STANCE',
      quad: 'material_conflict',
      kind: 'attack',
      negated: false,
      modality: null,
      attributedTo: [],
      segment: 0,
    });
    expect(r.intensity).toBeGreaterThanOrEqual(1);
    expect(r.intensity).toBeLessThanOrEqual(10);
  });
  test('extraction is deterministic', () => {
    expect(extractStances(analyzeForRelations(text, ENTITIES))).toEqual(rels);
  });
});

describe('CO_MENTION', () => {
  const text = 'Russia attacked Ukraine. Ukraine hit back at Russia. Kim praised Russia.';
  const rels = extractRelations(analyzeForRelations(text, ENTITIES)).filter(
    (r) => r.type === 'CO_MENTION',
  );
  test('sentence scope counts sentences per unordered pair, lower id first', () => {
    expect(rels).toContainEqual({
      type: 'CO_MENTION',
      source: 'country:RUS',
      target: 'country:UKR',
      scope: 'sentence',
      count: 2,
      segment: 0,
    });
    expect(rels).toContainEqual({
      type: 'CO_MENTION',
      source: 'country:RUS',
      target: 'person:kim-jong-un',
      scope: 'sentence',
      count: 1,
      segment: 0,
    });
    expect(
      rels.filter(
        (r) =>
          r.scope === 'sentence' && r.source === 'country:UKR' && r.target === 'person:kim-jong-un',
      ),
    ).toEqual([]);
  });
  test('article scope once per pair and segment', () => {
    const article = rels.filter((r) => r.scope === 'article');
    expect(article).toHaveLength(3);
    for (const r of article) expect(r.source < r.target).toBe(true);
    expect(article.every((r) => r.count === 1)).toBe(true);
  });
});

describe('robustness', () => {
  test('a run-on "sentence" with thousands of mentions is handled (no recursion blow-up)', () => {
    const parts: string[] = [];
    for (let i = 0; i < 1500; i++)
      parts.push(['Russia said', 'Ukraine attacked', 'and Kim praised'][i % 3]!);
    const doc = analyzeForRelations(parts.join(' , ') + ' .', ENTITIES);
    const rels = extractRelations(doc);
    expect(rels.some((r) => r.type === 'CO_MENTION')).toBe(true);
    for (const r of rels) expect(r.source).not.toBe(r.target);
  });
  test('a document with no mentions yields no relations', () => {
    expect(extractRelations(analyzeForRelations('Nothing to see here. Really.', ENTITIES))).toEqual(
      [],
    );
  });
  test('an empty document yields no relations', () => {
    expect(extractRelations(analyzeForRelations('', ENTITIES))).toEqual([]);
  });
});
