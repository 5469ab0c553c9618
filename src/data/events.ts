/**
 * The timeline, 8 Dec 1991 to 22 Dec 2025.
 *
 * Ordering: by date, as model/dates.ts compares partial dates (by the first day of the period;
 * on a tie the coarser date first), so '2022' sorts before '2022-10-07'. Events on the same day
 * keep the order written here.
 * Precision: each date is written only as precisely as the sources know it ('YYYY', 'YYYY-MM'
 * or 'YYYY-MM-DD'); multi-day events carry `endDate`.
 * Countries: the states the sources name for the event; for a meeting of leaders, the states
 * whose leaders attended (host included), or [] when the sources do not list them.
 * Categories (tests/unit/data/integrity.test.ts checks them): founding = the 1991 documents and
 * the USSR's end, all in Dec 1991; membership = accessions (and their announcement), associate
 * status, withdrawals taking effect and changes of participation, each about named states;
 * treaties = treaties, the Charter, institutions, UN observer status; summits = meetings of
 * leaders; crises = ruptures that did not change a state's formal status (an announced
 * withdrawal, denunciations of agreements), so none falls on a change of a named state's status.
 * Certainty: 'contested' exactly when sources disagree on the event, naming the point
 * (contested.ts) behind it; 'single-source' when one source only; otherwise 'confirmed'.
 */
import type { TimelineEvent } from './types';

export const EVENTS: readonly TimelineEvent[] = [
  {
    id: 'belovezha-accords',
    date: '1991-12-08',
    title: 'Belovezha Accords establish the CIS',
    summary:
      'Belarus, Russia and Ukraine sign the Agreement on the Establishment of the CIS at the Viskuli residence in Belovezhskaya Pushcha.',
    countries: ['BY', 'RU', 'UA'],
    category: 'founding',
    sourceIds: ['H2', 'H3'],
    certainty: 'confirmed',
  },
  {
    id: 'creation-agreement-ratified',
    date: '1991-12-10',
    endDate: '1991-12-12',
    title: 'Belarus, Ukraine and Russia ratify the Agreement',
    summary:
      'Belarus and Ukraine ratify the Creation Agreement on 10 Dec, Russia on 12 Dec. The dates come from a single Wikipedia table.',
    countries: ['BY', 'UA', 'RU'],
    category: 'founding',
    sourceIds: ['H1'],
    certainty: 'single-source',
  },
  {
    id: 'alma-ata-protocol',
    date: '1991-12-21',
    title: 'Alma-Ata Protocol: 11 republics form the CIS',
    summary:
      'Eleven republics sign the Alma-Ata Protocol and Declaration, forming the CIS "on equal bases"; Georgia and the Baltic states take no part.',
    countries: ['AM', 'AZ', 'BY', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'],
    category: 'founding',
    sourceIds: ['H2', 'H3', 'H7', 'H4'],
    certainty: 'confirmed',
  },
  {
    id: 'ussr-dissolved',
    date: '1991-12-25',
    endDate: '1991-12-26',
    title: 'Gorbachev resigns and the USSR is dissolved',
    summary:
      'Gorbachev resigns on 25 Dec. On 26 Dec the Soviet of the Republics adopts Declaration No. 142-N dissolving the USSR.',
    countries: [],
    category: 'founding',
    sourceIds: ['H8a', 'H8b'],
    certainty: 'confirmed',
  },
  {
    id: 'ipa-agreement',
    date: '1992-03-27',
    title: 'Interparliamentary Assembly agreement signed',
    summary:
      'The Agreement on the CIS Interparliamentary Assembly is signed in Alma-Ata. The IPA Convention follows on 26 May 1995 (two Moldovan outlets give 1996).',
    countries: [],
    category: 'treaties',
    sourceIds: ['T4a', 'T4b', 'U10', 'M4', 'M18'],
    certainty: 'confirmed',
  },
  {
    id: 'collective-security-treaty',
    date: '1992-05-15',
    title: 'Collective Security Treaty signed in Tashkent',
    summary:
      'Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan sign the Collective Security Treaty in Tashkent. Azerbaijan, Georgia and Belarus join in 1993, and the treaty enters into force on 20 Apr 1994.',
    countries: ['AM', 'KZ', 'KG', 'RU', 'TJ', 'UZ'],
    category: 'treaties',
    sourceIds: ['T1a', 'T1b', 'T1c'],
    certainty: 'confirmed',
  },
  {
    id: 'azerbaijan-ratification-refused',
    date: '1992-10',
    title: "Azerbaijan's parliament rejects ratification",
    summary:
      "Azerbaijan's parliament votes against ratification, and Azerbaijan keeps observer status in the CIS.",
    countries: ['AZ'],
    category: 'membership',
    sourceIds: ['H17c'],
    certainty: 'single-source',
  },
  {
    id: 'charter-adopted',
    date: '1993-01-22',
    title: 'CIS Charter adopted in Minsk',
    summary:
      'The CIS Charter is adopted in Minsk; Moldova, Turkmenistan and Ukraine do not sign the adoption decision. One report says Ukraine signed the Charter itself; all sources agree Ukraine never ratified it.',
    countries: ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ', 'UZ'],
    category: 'treaties',
    sourceIds: ['H5', 'H6', 'H3', 'U4', 'U13'],
    certainty: 'contested',
    contested: 'C4',
  },
  {
    id: 'economic-union-treaty',
    date: '1993-09-24',
    title: 'Economic Union treaty signed in Moscow',
    summary:
      'Nine states sign the Treaty on the creation of an Economic Union in Moscow. Turkmenistan and Georgia join later.',
    countries: ['AZ', 'AM', 'BY', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'UZ'],
    category: 'treaties',
    sourceIds: ['T2a', 'T2b'],
    certainty: 'confirmed',
  },
  {
    id: 'azerbaijan-accession',
    date: '1993-09-24',
    title: "CIS decides on Azerbaijan's accession",
    summary:
      "The CIS Council of Heads of State decides on Azerbaijan's accession. Sources differ on which date counts as Azerbaijan's ratification.",
    countries: ['AZ'],
    category: 'membership',
    sourceIds: ['H17a'],
    certainty: 'contested',
    contested: 'C7',
  },
  {
    id: 'georgia-accession-announced',
    date: '1993-10-08',
    title: 'Shevardnadze announces Georgia will join the CIS',
    summary:
      'Shevardnadze announces that Georgia will join the CIS. Sources differ on whether Georgia became a member in October or in December 1993.',
    countries: ['GE'],
    category: 'membership',
    sourceIds: ['H14'],
    certainty: 'contested',
    contested: 'C8',
  },
  {
    id: 'georgia-joins',
    date: '1993-12',
    title: 'Georgia joins the CIS',
    summary:
      "Georgia's accession to the CIS is completed in December 1993. One source says Georgia became a member in October.",
    countries: ['GE'],
    category: 'membership',
    sourceIds: ['H2', 'H10'],
    certainty: 'contested',
    contested: 'C8',
  },
  {
    id: 'charter-in-force',
    date: '1994-01-22',
    title: 'CIS Charter enters into force',
    summary:
      'The CIS Charter enters into force, a year after its adoption in Minsk, for the states that have ratified it by then: from this day they are member states. A state that ratifies later becomes one on its own date.',
    countries: ['AZ', 'BY', 'RU', 'TJ'],
    category: 'treaties',
    sourceIds: ['H5', 'H6', 'H3'],
    certainty: 'confirmed',
  },
  {
    id: 'un-observer-status',
    date: '1994-03-24',
    title: 'CIS gains observer status at the UN General Assembly',
    summary: 'The UN General Assembly grants the CIS observer status, by consensus.',
    countries: [],
    category: 'treaties',
    sourceIds: ['T7', 'H3', 'H4'],
    certainty: 'confirmed',
  },
  {
    id: 'free-trade-agreement-1994',
    date: '1994-04-15',
    title: 'Free Trade Area agreement signed in Moscow',
    summary:
      'Twelve states sign the Agreement on the Establishment of a Free Trade Area in Moscow. It enters into force on 30 Dec 1994 and is amended by a protocol of 2 Apr 1999.',
    countries: ['AM', 'AZ', 'BY', 'GE', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'],
    category: 'treaties',
    sourceIds: ['T2b'],
    certainty: 'single-source',
  },
  {
    id: 'executive-committee',
    date: '1999-04-02',
    title: 'CIS Executive Committee set up in Minsk',
    summary:
      'The CIS Executive Committee is set up in Minsk as the single permanent executive body of the CIS.',
    countries: ['BY'],
    category: 'treaties',
    sourceIds: ['T5'],
    certainty: 'single-source',
  },
  {
    id: 'turkmenistan-associate',
    date: '2005-08-26',
    title: 'Turkmenistan becomes an associate member',
    summary:
      'At the Kazan summit Turkmenistan becomes an associate member of the CIS. Sources label its status differently: "associate member", "unofficial associate member" or "participant status".',
    countries: ['TM'],
    category: 'membership',
    sourceIds: ['H4', 'H16a', 'H16b'],
    certainty: 'contested',
    contested: 'C3',
  },
  {
    id: 'development-concept-2007',
    date: '2007-10-05',
    title: 'Concept of Further Development of the CIS adopted',
    summary:
      'The Concept of Further Development of the CIS is adopted. Azerbaijan signs it with a "special opinion".',
    countries: ['AZ'],
    category: 'treaties',
    sourceIds: ['H3', 'H17a'],
    certainty: 'confirmed',
  },
  {
    id: 'georgia-withdrawal-announced',
    date: '2008-08-12',
    endDate: '2008-08-18',
    title: 'Georgia announces its withdrawal from the CIS',
    summary:
      'Saakashvili announces the withdrawal on 12 Aug, parliament votes for it on 14 Aug and the CIS is notified on 18 Aug. Sources differ on the dates of the announcement and the notification.',
    countries: ['GE'],
    category: 'crises',
    sourceIds: ['H10', 'H12', 'H11'],
    certainty: 'contested',
    contested: 'C8',
  },
  {
    id: 'georgia-withdrawal-effective',
    date: '2009-08-18',
    title: "Georgia's withdrawal takes effect",
    summary:
      "Georgia's withdrawal from the CIS takes legal effect, 12 months after notification under Charter Art. 9. Many summaries instead say Georgia withdrew in 2008.",
    countries: ['GE'],
    category: 'membership',
    sourceIds: ['H2', 'H10', 'H4'],
    certainty: 'confirmed',
  },
  {
    id: 'free-trade-treaty-2011',
    date: '2011-10-18',
    title: 'Free Trade Area treaty signed in St Petersburg',
    summary:
      'Eight states sign the Treaty on a Free Trade Area in St Petersburg; it enters into force on 20 Sep 2012. Azerbaijan, Turkmenistan and Uzbekistan do not sign (Uzbekistan joins by a separate protocol in 2013), and sources differ on which CIS council concluded the treaty.',
    countries: ['AM', 'BY', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'UA'],
    category: 'treaties',
    sourceIds: ['T3a', 'T3b', 'H3', 'H17a'],
    certainty: 'contested',
    contested: 'C18',
  },
  {
    id: 'ukraine-2014',
    date: '2014-03-19',
    title: 'Ukraine gives up CIS chair and announces withdrawal',
    summary:
      'Ukraine gives up the CIS chairmanship it had held since 1 Jan 2014, and NSDC secretary Parubiy announces the start of withdrawal.',
    countries: ['UA'],
    category: 'crises',
    sourceIds: ['U1', 'U2'],
    certainty: 'confirmed',
  },
  {
    id: 'ukraine-2018',
    date: '2018-05-19',
    title: 'Ukraine recalls its representatives from CIS bodies',
    summary:
      "Poroshenko's Decree No. 139/2018 recalls Ukraine's representatives from all CIS statutory bodies. Ukraine's permanent mission in Minsk closes in Aug 2018. Ukraine says it was never a member; the CIS Executive Committee says it remains a party de jure.",
    countries: ['UA'],
    category: 'membership',
    sourceIds: ['U5', 'U6', 'U7', 'U4'],
    certainty: 'contested',
    contested: 'C3',
  },
  {
    id: 'informal-summit-2018',
    date: '2018-12-06',
    title: 'Informal CIS summit in St Petersburg (2018)',
    summary:
      'CIS leaders meet informally over lunch in St Petersburg; the sources do not list who attended. Sources differ on when the December tradition began; TASS says St Petersburg has hosted it since 2018, and meetings in some form go back to at least 2017.',
    countries: [],
    category: 'summits',
    sourceIds: ['I1', 'S13'],
    certainty: 'contested',
    contested: 'C17',
  },
  {
    id: 'informal-summit-2019',
    date: '2019-12-20',
    title: 'Informal CIS summit in St Petersburg (2019)',
    summary:
      "Leaders meet informally in St Petersburg, where Putin presents WWII archive materials. Moldova's President Dodon attends.",
    countries: ['AZ', 'AM', 'BY', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'TM'],
    category: 'summits',
    sourceIds: ['I2'],
    certainty: 'single-source',
  },
  {
    id: 'informal-summit-2021',
    date: '2021-12-28',
    title: "Informal summit in the CIS's 30th anniversary month",
    summary:
      "Leaders meet informally in St Petersburg in the month of the CIS's 30th anniversary. The meeting ends Belarus's 2021 chairmanship.",
    countries: ['AM', 'AZ', 'BY', 'KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ'],
    category: 'summits',
    sourceIds: ['I3'],
    certainty: 'single-source',
  },
  {
    id: 'moldova-halts-participation',
    date: '2022',
    title: 'Moldova halts participation in CIS meetings',
    summary:
      "Moldova halts its participation in CIS meetings after Russia's invasion of Ukraine in February and its EU candidacy in June. Sources do not give an exact date; the halt looks gradual through 2022.",
    countries: ['MD'],
    category: 'membership',
    sourceIds: ['S3', 'S4', 'M2', 'M3'],
    certainty: 'contested',
    contested: 'C9',
  },
  {
    id: 'informal-summit-oct-2022',
    date: '2022-10-07',
    title: "Extra informal summit on Putin's 70th birthday",
    summary:
      "Eight leaders meet at the Konstantinovsky Palace in St Petersburg on Putin's 70th birthday. Kyrgyzstan's president does not attend.",
    countries: ['AZ', 'AM', 'BY', 'KZ', 'RU', 'TJ', 'TM', 'UZ'],
    category: 'summits',
    sourceIds: ['I4'],
    certainty: 'single-source',
  },
  {
    id: 'informal-summit-dec-2022',
    date: '2022-12-26',
    endDate: '2022-12-27',
    title: 'Informal CIS summit in St Petersburg (2022)',
    summary: 'Leaders meet informally in St Petersburg. Moldova is absent.',
    countries: ['AZ', 'AM', 'BY', 'KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ'],
    category: 'summits',
    sourceIds: ['I5', 'M2'],
    certainty: 'confirmed',
  },
  {
    id: 'moldova-recalls-executive-committee-official',
    date: '2023-03-22',
    title: 'Moldova recalls its CIS Executive Committee official',
    summary:
      "Moldova's government recalls its deputy chair of the CIS Executive Committee, effective 14 Apr 2023, while its withdrawal from CIS agreements is under way.",
    countries: ['MD'],
    category: 'membership',
    sourceIds: ['M1'],
    certainty: 'single-source',
  },
  {
    id: 'informal-summit-2023',
    date: '2023-12-26',
    title: 'Informal summit at the Konstantinovsky Palace (2023)',
    summary: 'Nine leaders meet informally at the Konstantinovsky Palace in St Petersburg.',
    countries: ['AZ', 'AM', 'BY', 'KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ'],
    category: 'summits',
    sourceIds: ['I6a', 'I6b'],
    certainty: 'confirmed',
  },
  {
    id: 'informal-meeting-2024',
    date: '2024-12-25',
    title: 'Informal meeting in Leningrad Region (2024)',
    summary:
      "Seven leaders meet informally in Leningrad Region. Azerbaijan's President Aliyev turns back after the Azerbaijan Airlines crash at Aktau, and Armenia's Prime Minister Pashinyan does not attend.",
    countries: ['BY', 'KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ'],
    category: 'summits',
    sourceIds: ['I7', 'I10'],
    certainty: 'confirmed',
  },
  {
    id: 'azerbaijan-airlines-crash',
    date: '2024-12-25',
    title: 'Azerbaijan Airlines plane crashes near Aktau',
    summary:
      'An Azerbaijan Airlines plane flying from Baku to Grozny crashes near Aktau in Kazakhstan, after being hit by Russian air defence according to the Moscow Times. Of the 67 on board (62 passengers and five crew), 38 are killed; one outlet says 39.',
    countries: ['AZ', 'KZ', 'RU'],
    category: 'crises',
    sourceIds: ['I8', 'I9', 'S6', 'S16'],
    certainty: 'contested',
    contested: 'C16',
  },
  {
    id: 'dushanbe-summit-2025',
    date: '2025-10-10',
    title: 'CIS Heads of State Council meets in Dushanbe',
    summary:
      'Nine leaders, Aliyev among them, meet in Dushanbe in the CIS Council of Heads of State, chaired by Tajikistan. Putin invites them to a meeting in St Petersburg at the end of the year.',
    countries: ['AZ', 'AM', 'BY', 'KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ'],
    category: 'summits',
    sourceIds: ['S18', 'S5', 'S17'],
    certainty: 'confirmed',
  },
  {
    id: 'moldova-denounces-agreements-2025',
    date: '2025-11-12',
    endDate: '2025-11-27',
    title: 'Moldova moves to denounce seven CIS agreements',
    summary:
      "Moldova's government approves denouncing seven CIS agreements, including the 1992 visa-free travel agreement, on 12 Nov. Parliament passes the first reading on 27 Nov.",
    countries: ['MD'],
    category: 'crises',
    sourceIds: ['M7', 'M8', 'M9'],
    certainty: 'confirmed',
  },
  {
    id: 'eurasian-council-2025',
    date: '2025-12-21',
    title: 'Day 1 in St Petersburg: Eurasian council, peace prize',
    summary:
      'On the first day of the St Petersburg programme the Supreme Eurasian Economic Council meets, with Lukashenko, Mirziyoyev, Tokayev and Pashinyan among the leaders, and the Leo Tolstoy Peace Prize goes to Japarov, Rahmon and Mirziyoyev.',
    countries: ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ', 'UZ'],
    category: 'summits',
    sourceIds: ['S13', 'S10'],
    certainty: 'single-source',
  },
  {
    id: 'st-petersburg-meeting-2025',
    date: '2025-12-22',
    title: 'Informal CIS summit at the State Hermitage',
    summary:
      "Eight leaders meet informally in the St George Hall of the State Hermitage in St Petersburg. Azerbaijan's President Aliyev is absent.",
    countries: ['RU', 'AM', 'BY', 'KZ', 'KG', 'TJ', 'TM', 'UZ'],
    category: 'summits',
    sourceIds: ['S1', 'S2'],
    certainty: 'confirmed',
  },
];
