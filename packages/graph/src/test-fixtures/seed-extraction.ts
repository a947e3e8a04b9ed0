import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphWriteItem } from '../prepare-items.js';
import { ExtractionBuilder } from './extraction-builder.js';

/** The repository's own copy of the seed page (fixtures/articles/seed-page.txt). */
export const SEED_PAGE_PATH = fileURLToPath(new URL('../../../../fixtures/articles/seed-page.txt', import.meta.url));

/**
 * A hand-made extraction of the seed page (what a good extractor should emit: four articles,
 * people, countries, organisations, roles, asserted and attributed stance), as a graph write item.
 */
export function seedItem(extractorVersion = 'fixture-1', text = readFileSync(SEED_PAGE_PATH, 'utf8')): GraphWriteItem {
  const b = new ExtractionBuilder(text, 'seed-page');
  const main = b.segment("North Korea's Kim Jong Un", 'More stories like this', { title: "North Korea's Kim Jong Un vows full backing for Vladimir Putin as ties with Russia deepen", source: 'Bloomberg' });
  b.segment('Russia Destroys', '\n\n\nIndia Gazette', { title: "Russia Destroys Ukraine's Bridge Over Oskol River; Revenge Strike After Kyiv's Attacks", source: 'Time of India' });
  const gaz = b.segment('"Stopped war', '\n\n\nHindustan Times', { title: '"Stopped war between India and Pakistan, it could have gone nuclear...": US President Trump', source: 'India Gazette' });
  const ht = b.segment("Putin's ‘secret daughter'", null, { title: "Putin's ‘secret daughter' embarrasses him with an anti-war move", source: 'Hindustan Times' });
  b.entity('person:kim-jong-un', 'Person', 'Kim Jong Un', ['Kim Jong Un', 'Kim'], [main])
    .entity('person:vladimir-putin', 'Person', 'Vladimir Putin', ['Vladimir Putin', 'Putin'])
    .entity('person:sergei-shoigu', 'Person', 'Sergei Shoigu', ['Sergei Shoigu', 'Shoigu'], [main])
    .entity('person:lee-jae-myung', 'Person', 'Lee Jae-myung', ['Lee Jae-myung', 'Lee'], [main])
    .entity('person:donald-trump', 'Person', 'Donald Trump', ['Donald Trump', 'Trump'], [gaz])
    .entity('person:yury-ushakov', 'Person', 'Yury Ushakov', ['Yury Ushakov', 'Ushakov'], [gaz])
    .entity('person:shashi-tharoor', 'Person', 'Shashi Tharoor', ['Shashi Tharoor'], [gaz])
    .entity('person:jd-vance', 'Person', 'JD Vance', ['JD Vance', 'Vance'], [gaz])
    .entity('person:nastya-rodionova', 'Person', 'Nastya Rodionova', ['Nastya Rodionova', 'Rodionova'], [ht])
    .entity('person:elizaveta-krivonogikh', 'Person', 'Elizaveta Krivonogikh', ['Elizaveta Krivonogikh', 'Elizaveta Rudnova', 'Elizaveta', 'Liza'], [ht])
    .entity('person:svetlana-krivonogikh', 'Person', 'Svetlana Aleksandrovna Krivonogikh', ['Svetlana Aleksandrovna Krivonogikh', 'Svetlana Krivonogikh', 'Svetlana'], [ht])
    .entity('country:PRK', 'Country', 'North Korea', ['North Korea', 'North Korean', 'Pyongyang'])
    .entity('country:RUS', 'Country', 'Russia', ['Russia', 'Russian', 'Moscow'])
    .entity('country:KOR', 'Country', 'South Korea', ['South Korea', 'Seoul'])
    .entity('country:UKR', 'Country', 'Ukraine', ['Ukraine', 'Ukrainian', 'Kyiv'])
    .entity('country:USA', 'Country', 'United States', ['Washington', 'US'])
    .entity('country:JPN', 'Country', 'Japan', ['Japan'])
    .entity('country:IND', 'Country', 'India', ['India', 'New Delhi', 'Indian'])
    .entity('country:PAK', 'Country', 'Pakistan', ['Pakistan', 'Islamabad', 'Pakistani'])
    .entity('country:FRA', 'Country', 'France', ['France'])
    .entity('org:korean-central-news-agency', 'Organization', 'Korean Central News Agency', ['Korean Central News Agency', 'KCNA'])
    .entity('org:united-nations', 'Organization', 'United Nations', ['United Nations'])
    .entity('org:democratic-party', 'Organization', 'Democratic Party', ['Democratic Party'])
    .entity('org:ani', 'Organization', 'ANI', ['ANI'])
    .entity('org:bank-of-russia', 'Organization', 'Bank of Russia', ['Bank of Russia'])
    .entity('org:congress', 'Organization', 'Congress', ['Congress'], [gaz]);
  b.stance('person:kim-jong-un', 'person:vladimir-putin', 1, 'support', 'verbal_cooperation', 'vows full backing for Vladimir Putin')
    .stance('person:kim-jong-un', 'person:vladimir-putin', 1, 'support', 'verbal_cooperation', 'reiterated his pledge to unconditionally support Russian President Vladimir Putin')
    .stance('country:PRK', 'country:RUS', 1, 'support', 'verbal_cooperation', "North Korea will 'unconditionally support' Russia")
    .stance('person:kim-jong-un', 'country:KOR', -1, 'sever', 'verbal_conflict', 'Kim has increasingly severed links with South Korea')
    .stance('country:USA', 'country:RUS', -1, 'accuse', 'verbal_conflict', 'Washington and Seoul allege that Moscow is helping Pyongyang')
    .stance('country:KOR', 'country:RUS', -1, 'accuse', 'verbal_conflict', 'Washington and Seoul allege that Moscow is helping Pyongyang')
    .stance('country:RUS', 'country:PRK', 1, 'aid', 'material_cooperation', 'Moscow is helping Pyongyang evade United Nations sanctions', { attributedTo: ['country:USA', 'country:KOR'] })
    .stance('person:lee-jae-myung', 'country:PRK', 1, 'engage', 'verbal_cooperation', 'campaigned on reopening dialogue with Pyongyang', { modality: 'plan' })
    .stance('country:RUS', 'country:UKR', -1, 'attack', 'material_conflict', 'Russia has delivered a major blow to Ukraine')
    .stance('country:UKR', 'country:RUS', -1, 'attack', 'material_conflict', 'Ukrainian bombings of bridges inside Russian territory')
    .stance('person:yury-ushakov', 'person:donald-trump', 1, 'agree', 'verbal_cooperation', "endorsed US President Donald Trump's claim")
    .stance('person:shashi-tharoor', 'person:jd-vance', 1, 'praise', 'verbal_cooperation', 'The meeting with Vice President Vance was outstanding')
    .role('person:kim-jong-un', 'country:PRK', 'leader', main)
    .role('person:vladimir-putin', 'country:RUS', 'President', main)
    .role('person:lee-jae-myung', 'country:KOR', 'President', main)
    .role('person:sergei-shoigu', 'person:vladimir-putin', 'aide', main)
    .role('person:donald-trump', 'country:USA', 'President', gaz)
    .role('person:yury-ushakov', 'person:vladimir-putin', 'Aide', gaz)
    .role('person:vladimir-putin', 'country:RUS', 'President', gaz)
    .role('person:jd-vance', 'country:USA', 'Vice President', gaz);
  return {
    document: { id: 'seed-page', text, source: 'daily8', publishedAt: '2025-06-07T12:00:00Z', title: 'Seed page' },
    contentHash: createHash('sha256').update(text).digest('hex'),
    sources: ['daily8'],
    extraction: b.build(extractorVersion),
    extractorVersion,
  };
}
