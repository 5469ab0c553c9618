/**
 * The sources of the 22 Dec 2025 meeting and of its quotes: part of the one list in sources.ts,
 * kept in a file of their own so that the quotes panel, which cites only these, loads them
 * without the rest of the list.
 */
import { PUBLISHERS } from './publishers';
import type { Source } from './types';

/** A source as written here; its publisher, the name citations show, is in publishers.ts. */
export type SourceRecord = Omit<Source, 'publisher'>;

/** The meeting's reports and transcripts (S). */
export const MEETING_RECORDS: readonly SourceRecord[] = [
  {
    id: 'S1',
    title: 'CIS Informal Meeting Held in Russia (republished by The Armenia Daily)',
    url: 'https://www.thearmeniadaily.com/article/877719797-cis-informal-meeting-held-in-russia',
    date: '2025-12-22',
  },
  {
    id: 'S2',
    title: 'Visit to the State Hermitage Museum',
    url: 'http://www.en.special.kremlin.ru/events/president/news/78830',
    date: '2025-12-22',
  },
  {
    id: 'S3',
    title: 'Report on Azerbaijan’s president missing the informal CIS summit in Russia',
    url: 'https://www.anews.com.tr/world/2025/12/22/azerbaijans-president-unable-to-attend-informal-cis-summit-in-russia',
  },
  {
    id: 'S5',
    title: 'Baku’s explanation of President Aliyev’s absence from the St Petersburg summits',
    url: 'https://news.az/news/baku-clarifies-president-aliyevs-absence-from-eaeu-cis-summits-in-st-petersburg',
  },
  {
    id: 'S6',
    title: 'Report on Aliyev skipping the informal CIS summit in St Petersburg',
    url: 'https://www.themoscowtimes.com/2025/12/22/azerbaijans-aliyev-skips-informal-cis-summit-in-st-petersburg-a91504',
  },
  {
    id: 'S8',
    title: 'Report on Peskov’s statement that Aliyev was expected at the summit',
    url: 'https://mediamax.am/en/news/foreignpolicy/59572/',
  },
  {
    id: 'S9',
    title: 'Review of the traditional December 2025 CIS summit',
    url: 'https://www.newscentralasia.net/2025/12/23/traditional-december-summit-of-the-commonwealth-of-independent-states-year-end-review-and-future-plans',
  },
  {
    id: 'S10',
    title: 'Report on the St Petersburg summit and Putin’s CIS trade figure',
    url: 'https://iz.ru/en/node/2013325',
  },
  {
    id: 'S11',
    title: 'Account of the informal CIS summit’s cultural programme and talks',
    url: 'https://news.by/eng/news/prezident/from-cultural-program-to-closed-door-negotiations-how-informal-cis-summit-in-russia-took-place',
  },
  {
    id: 'S12',
    title: 'Report on Putin’s remarks on settlements in national currencies',
    url: 'https://www.rt.com/business/629885-putin-national-currencies/amp',
  },
  {
    id: 'S13',
    title: 'Report on the two-day St Petersburg programme and the December meeting tradition',
    url: 'https://tass.com/politics/2062777',
  },
  {
    id: 'S14',
    // It prints quote 1's Russian words too, as ВЗГЛЯД (R1) does.
    title: 'Путин рассказал о товарообороте России со странами СНГ на $90 млрд',
    url: 'https://spb.mir24.tv/news/16656008/putin:-tovarooborot-stran-sng-sostavil-okolo-dollar90-mlrd-za-10-mesyacev',
    date: '2025-12-22',
  },
  {
    id: 'S15',
    title: 'Lukashenko’s working visit to Russia and the informal CIS meeting at the Hermitage',
    url: 'https://www.belarus.by/en/press-center/news/lukashenkos-working-visit-to-russia-continues-with-informal-meeting-of-cis-leaders-in-hermitage_i_204978.html',
  },
  {
    id: 'S17',
    title: 'Putin invites CIS leaders to St Petersburg at the end of December (in Russian)',
    url: 'https://www.m24.ru/news/vlast/10102025/837138',
    date: '2025-10-10',
  },
  {
    id: 'S18',
    title: 'CIS Heads of State Council Summit Held in Dushanbe',
    url: 'https://eccis.org/en/news/30910',
    date: '2025-10-10',
  },
  {
    id: 'S19',
    title: 'Putin’s address to the informal CIS summit, citing TASS',
    url: 'https://ianslive.in/expanding-partnership-within-cis-meets-interests-of-its-people-putin--20251222190548',
    date: '2025-12-22',
  },
];

/** The quotes in Russian, as Russian outlets print them (R). */
export const RUSSIAN_QUOTE_RECORDS: readonly SourceRecord[] = [
  {
    id: 'R1',
    title:
      'Putin at the informal CIS summit on trade with the Commonwealth (in Russian, citing TASS)',
    url: 'https://vz.ru/news/2025/12/22/1382580.html',
    date: '2025-12-22',
  },
  {
    id: 'R4',
    title: 'Report on the informal CIS summit by Lusine Balasyan (in Russian)',
    url: 'https://www.kommersant.ru/doc/8314002',
    date: '2025-12-22',
  },
  {
    id: 'R6',
    title: 'Путин подвел итоги работы СНГ на неформальном саммите',
    url: 'https://1prime.ru/20251222/putin-865801117.html',
    date: '2025-12-22',
  },
  {
    id: 'R7',
    title: 'Путин: за 30 лет СНГ утвердилось в качестве авторитетного объединения',
    url: 'https://www.rbc.ru/rbcfreenews/694922099a79474b6509e344',
    date: '2025-12-22',
  },
  {
    id: 'R8',
    title: 'Report quoting Putin’s address to the informal CIS summit (in Russian)',
    url: 'https://www.zaks.ru/new/archive/view/264670',
    date: '2025-12-22',
  },
];

/** The meeting's and the quotes' sources, as SOURCES has them. */
export const MEETING_SOURCES: readonly Source[] = [
  ...MEETING_RECORDS,
  ...RUSSIAN_QUOTE_RECORDS,
].map((record) => ({ ...record, publisher: PUBLISHERS[record.id] ?? '' }));
