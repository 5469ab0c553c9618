import type { ContestedPointId } from '../../data/contested';
import type { CauseChangeId } from '../../data/causes';
import type { EventId } from '../../data/events';
import { PUBLISHERS } from '../../data/publishers';
import type { StatusChangeId } from '../../data/statusChanges';
import type { CountryCode, PersonId } from '../../data/types';
import type { ContestedWords, EventWords, PersonWords } from '../words';

/** What happened at each status change, keyed by the change's id (statusChanges.ts). */
const EN_CHANGE_NOTES = {
  'am-signatory-1991': 'Signs the Alma-Ata Protocol.',
  'am-founding-party-1992': 'Ratifies the Creation Agreement.',
  'am-member-1994': 'Ratifies the Charter (signed 22 Jan 1993).',
  'az-signatory-1991': 'Signs the Alma-Ata Protocol.',
  'az-observer-1992': 'Parliament votes against ratification; Azerbaijan keeps observer status.',
  'az-founding-party-1993':
    'The CIS Council of Heads of State decides on its accession (the national Supreme Soviet decided on 20 Sep 1993).',
  'az-member-1993': 'Acceded to the Charter, which it had not signed in Jan 1993.',
  'by-signatory-1991': 'Signs the Belovezha Accords at Viskuli.',
  'by-founding-party-1991': 'Ratifies the Creation Agreement.',
  'by-member-1994': 'Ratifies the Charter.',
  'ee-never-joined-1991': 'Takes no part in the founding documents or CIS bodies.',
  'lv-never-joined-1991': 'Takes no part in the founding documents or CIS bodies.',
  'lt-never-joined-1991': 'Takes no part in the founding documents or CIS bodies.',
  'ge-not-yet-joined-1991': 'Takes no part in Belovezha or Alma-Ata.',
  'ge-founding-party-1993':
    'Joins the CIS by a decision of the heads of state (announced by Shevardnadze on 8 Oct 1993; some sources date membership to October).',
  'ge-member-1994': 'Ratifies the Charter (the date is from Russian Wikipedia only).',
  'ge-withdrawn-2009':
    'Withdrawal takes effect, 12 months after the CIS was notified (announced Aug 2008).',
  'kz-signatory-1991': 'Signs the Alma-Ata Protocol.',
  'kz-founding-party-1991': 'Ratifies the Creation Agreement.',
  'kz-member-1994': 'Ratifies the Charter.',
  'kg-signatory-1991': 'Signs the Alma-Ata Protocol.',
  'kg-founding-party-1992': 'Ratifies the Creation Agreement.',
  'kg-member-1994': 'Ratifies the Charter.',
  'md-signatory-1991': 'Signs the Alma-Ata Protocol; parliament first refuses to ratify.',
  'md-founding-party-1994':
    'The new parliament ratifies the Creation Agreement, by 80 votes to 18.',
  'md-member-1994':
    'The Charter enters into force for Moldova; its parliament had ratified it in April 1994.',
  'md-member-halted-2022':
    'Halts its participation in CIS meetings after Russia’s invasion of Ukraine and its EU candidacy; exact date unknown.',
  'ru-signatory-1991': 'Signs the Belovezha Accords at Viskuli.',
  'ru-founding-party-1991': 'Ratifies the Creation Agreement.',
  'ru-member-1993':
    'Supreme Soviet resolution No. 4799-I ratifies the Charter (the Wikipedia table gives 20 Jul 1993).',
  'tj-signatory-1991': 'Signs the Alma-Ata Protocol.',
  'tj-founding-party-1993': 'Ratifies the Creation Agreement.',
  'tj-member-1993': 'Ratifies the Charter.',
  'tm-signatory-1991': 'Signs the Alma-Ata Protocol.',
  'tm-founding-party-1991':
    'Ratifies the Creation Agreement; it never signs or ratifies the Charter.',
  'tm-associate-2005':
    'Becomes an associate member at the Kazan summit, citing its permanent neutrality.',
  'ua-signatory-1991': 'Signs the Belovezha Accords at Viskuli.',
  'ua-founding-party-1991': 'Ratifies the Creation Agreement; it never ratifies the Charter.',
  'ua-ceased-participation-2018':
    'Decree No. 139/2018 recalls its representatives from all CIS statutory bodies.',
  'uz-signatory-1991': 'Signs the Alma-Ata Protocol.',
  'uz-founding-party-1992': 'Ratifies the Creation Agreement.',
  'uz-member-1994': 'Ratifies the Charter.',
} satisfies Record<StatusChangeId, string>;

/** Each timeline event's title and summary, keyed by its id (events.ts). */
const EN_EVENTS = {
  'belovezha-accords': {
    title: 'Belovezha Accords establish the CIS',
    summary:
      'Belarus, Russia and Ukraine sign the Agreement on the Establishment of the CIS at the Viskuli residence in Belovezhskaya Pushcha.',
  },
  'creation-agreement-ratified': {
    title: 'Belarus, Ukraine and Russia ratify the Agreement',
    summary:
      'Belarus and Ukraine ratify the Creation Agreement on 10 Dec, Russia on 12 Dec. The dates come from a single Wikipedia table.',
  },
  'alma-ata-protocol': {
    title: 'Alma-Ata Protocol: 11 republics form the CIS',
    summary:
      'Eleven republics sign the Alma-Ata Protocol and Declaration, forming the CIS “on equal bases”; Georgia and the Baltic states take no part.',
  },
  'ussr-dissolved': {
    title: 'Gorbachev resigns and the USSR is dissolved',
    summary:
      'Gorbachev resigns on 25 Dec. On 26 Dec a decision of the Soviet of the Republics of the USSR Supreme Soviet ends the USSR.',
  },
  'ipa-agreement': {
    title: 'Interparliamentary Assembly agreement signed',
    summary:
      'The Agreement on the CIS Interparliamentary Assembly is signed in Alma-Ata. The IPA Convention follows on 26 May 1995 (a Moldovan outlet gives 1996).',
  },
  'collective-security-treaty': {
    title: 'Collective Security Treaty signed in Tashkent',
    summary:
      'Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan sign the Collective Security Treaty in Tashkent. Azerbaijan, Georgia and Belarus join in 1993, and the treaty enters into force on 20 Apr 1994.',
  },
  'azerbaijan-ratification-refused': {
    title: 'Azerbaijan’s parliament rejects ratification',
    summary:
      'Azerbaijan’s parliament votes against ratification, and Azerbaijan keeps observer status in the CIS.',
  },
  'charter-adopted': {
    title: 'CIS Charter adopted in Minsk',
    summary:
      'The CIS Charter is adopted in Minsk; Moldova, Turkmenistan and Ukraine do not sign the adoption decision. One report says Ukraine signed the Charter itself; all sources agree Ukraine never ratified it.',
  },
  'economic-union-treaty': {
    title: 'Economic Union treaty signed in Moscow',
    summary:
      'Nine states sign the Treaty on the creation of an Economic Union in Moscow. Turkmenistan and Georgia join later.',
  },
  'azerbaijan-accession': {
    title: 'CIS decides on Azerbaijan’s accession',
    summary:
      'The CIS Council of Heads of State decides on Azerbaijan’s accession. Sources differ on which date counts as Azerbaijan’s ratification.',
  },
  'georgia-accession-announced': {
    title: 'Shevardnadze announces Georgia will join the CIS',
    summary:
      'Shevardnadze announces that Georgia will join the CIS. Sources differ on whether Georgia became a member in October or in December 1993.',
  },
  'georgia-joins': {
    title: 'Georgia joins the CIS',
    summary:
      'Georgia’s accession to the CIS is completed in December 1993. One source says Georgia became a member in October.',
  },
  'charter-in-force': {
    title: 'CIS Charter enters into force',
    summary:
      'The CIS Charter enters into force, a year after its adoption in Minsk, for the states that have ratified it by then: from this day they are member states. For a state that ratifies later, it enters into force on the day that state deposits its instrument of ratification.',
  },
  'un-observer-status': {
    title: 'CIS gains observer status at the UN General Assembly',
    summary: 'The UN General Assembly grants the CIS observer status, by consensus.',
  },
  'free-trade-agreement-1994': {
    title: 'Free Trade Area agreement signed in Moscow',
    summary:
      'Twelve states sign the Agreement on the Establishment of a Free Trade Area in Moscow. It enters into force on 30 Dec 1994 and is amended by a protocol of 2 Apr 1999.',
  },
  'executive-committee': {
    title: 'CIS Executive Committee set up in Minsk',
    summary:
      'The CIS Executive Committee is set up in Minsk as the single permanent executive body of the CIS.',
  },
  'turkmenistan-associate': {
    title: 'Turkmenistan becomes an associate member',
    summary:
      'At the Kazan summit Turkmenistan becomes an associate member of the CIS. Sources label its status differently: “associate member”, “unofficial associate member” or “participant status”.',
  },
  'development-concept-2007': {
    title: 'Concept of Further Development of the CIS adopted',
    summary:
      'The Concept of Further Development of the CIS is adopted. Azerbaijan signs it with a “special opinion”.',
  },
  'georgia-withdrawal-announced': {
    title: 'Georgia announces its withdrawal from the CIS',
    summary:
      'Saakashvili announces the withdrawal on 12 Aug, parliament votes for it on 14 Aug and the CIS is notified on 18 Aug. Sources differ on the dates of the announcement and the notification.',
  },
  'georgia-withdrawal-effective': {
    title: 'Georgia’s withdrawal takes effect',
    summary:
      'Georgia’s withdrawal from the CIS takes legal effect, 12 months after notification under Charter Art. 9. Many summaries instead say Georgia withdrew in 2008.',
  },
  'free-trade-treaty-2011': {
    title: 'Free Trade Area treaty signed in St Petersburg',
    summary:
      'Eight states sign the Treaty on a Free Trade Area in St Petersburg; it enters into force on 20 Sep 2012. Azerbaijan, Turkmenistan and Uzbekistan do not sign (Uzbekistan joins by a separate protocol in 2013), and sources differ on which CIS council concluded the treaty.',
  },
  'ukraine-2014': {
    title: 'Ukraine gives up CIS chair and announces withdrawal',
    summary:
      'Ukraine gives up the CIS chairmanship it had held since 1 Jan 2014, and NSDC secretary Parubiy announces the start of withdrawal.',
  },
  'ukraine-2018': {
    title: 'Ukraine recalls its representatives from CIS bodies',
    summary:
      'Poroshenko’s Decree No. 139/2018 recalls Ukraine’s representatives from all CIS statutory bodies. Ukraine’s permanent mission in Minsk closes in Aug 2018. Ukraine says it was never a member; the CIS Executive Committee says it remains a party to the Creation Agreement de jure.',
  },
  'informal-summit-2018': {
    title: 'Informal CIS summit in St Petersburg (2018)',
    summary:
      'CIS leaders meet informally over lunch in St Petersburg; the sources do not list who attended. Sources differ on when the December tradition began; TASS says St Petersburg has hosted it since 2018, and meetings in some form go back to at least 2017.',
  },
  'informal-summit-2019': {
    title: 'Informal CIS summit in St Petersburg (2019)',
    summary:
      'Leaders meet informally in St Petersburg, where Putin presents WWII archive materials. Moldova’s President Dodon attends.',
  },
  'informal-summit-2021': {
    title: 'Informal summit in the CIS’s 30th anniversary month',
    summary:
      'Leaders meet informally in St Petersburg in the month of the CIS’s 30th anniversary. The meeting ends Belarus’s 2021 chairmanship.',
  },
  'moldova-halts-participation': {
    title: 'Moldova halts participation in CIS meetings',
    summary:
      'Moldova halts its participation in CIS meetings after Russia’s invasion of Ukraine in February and its EU candidacy in June. Sources do not give an exact date; the halt looks gradual through 2022.',
  },
  'informal-summit-oct-2022': {
    title: 'Extra informal summit on Putin’s 70th birthday',
    summary:
      'Eight leaders meet at the Konstantinovsky Palace in St Petersburg on Putin’s 70th birthday. Kyrgyzstan’s president does not attend.',
  },
  'informal-summit-dec-2022': {
    title: 'Informal CIS summit in St Petersburg (2022)',
    summary: 'Leaders meet informally in St Petersburg. Moldova is absent.',
  },
  'moldova-recalls-executive-committee-official': {
    title: 'Moldova recalls its CIS Executive Committee official',
    summary:
      'Moldova’s government recalls its deputy chair of the CIS Executive Committee, effective 14 Apr 2023, while its withdrawal from CIS agreements is under way.',
  },
  'informal-summit-2023': {
    title: 'Informal summit at the Konstantinovsky Palace (2023)',
    summary: 'Nine leaders meet informally at the Konstantinovsky Palace in St Petersburg.',
  },
  'informal-meeting-2024': {
    title: 'Informal meeting in Leningrad Region (2024)',
    summary:
      'Seven leaders meet informally in Leningrad Region. Azerbaijan’s President Aliyev turns back after the Azerbaijan Airlines crash at Aktau, and Armenia’s Prime Minister Pashinyan does not attend.',
  },
  'azerbaijan-airlines-crash': {
    title: 'Azerbaijan Airlines plane crashes near Aktau',
    summary:
      'An Azerbaijan Airlines plane flying from Baku to Grozny crashes near Aktau in Kazakhstan, after being hit by Russian air defence according to the Moscow Times. Of the 67 on board (62 passengers and five crew), 38 are killed; the Moscow Times counts 62 on board.',
  },
  'dushanbe-summit-2025': {
    title: 'CIS Heads of State Council meets in Dushanbe',
    summary:
      'Nine leaders, Aliyev among them, meet in Dushanbe in the CIS Council of Heads of State, chaired by Tajikistan. Putin invites them to a meeting in St Petersburg at the end of the year.',
  },
  'moldova-denounces-agreements-2025': {
    title: 'Moldova moves to denounce seven CIS agreements',
    summary:
      'Moldova’s government approves denouncing seven CIS agreements, including the 1992 visa-free travel agreement, on 12 Nov. Parliament passes the first reading on 27 Nov.',
  },
  'eurasian-council-2025': {
    title: 'Day 1 in St Petersburg: Eurasian council, peace prize',
    summary:
      'On the first day of the St Petersburg programme the Supreme Eurasian Economic Council meets, with Lukashenko, Mirziyoyev, Tokayev and Pashinyan among the leaders, and the Leo Tolstoy Peace Prize goes to Japarov, Rahmon and Mirziyoyev.',
  },
  'st-petersburg-meeting-2025': {
    title: 'Informal CIS summit at the State Hermitage',
    summary:
      'Eight leaders meet informally in the St George Hall of the State Hermitage in St Petersburg. Azerbaijan’s President Aliyev is absent.',
  },
  'karabakh-ceasefire-1994': {
    title: 'Bishkek Protocol calls for a Karabakh ceasefire',
    summary:
      'The parliamentary leaders of Armenia, Azerbaijan and Nagorno-Karabakh sign a protocol in Bishkek calling for a ceasefire in the war over Nagorno-Karabakh, which broke out in 1988 and became large-scale fighting in 1992–94. Russia’s mediator and the secretariat of the CIS Inter-Parliamentary Assembly sign as third parties.',
  },
  'russia-georgia-war-2008': {
    title: 'Russia–Georgia war',
    summary:
      'Heavy fighting breaks out in and around Tskhinvali in South Ossetia on the night of 7 to 8 Aug and spreads to other parts of Georgia; Georgian and Russian forces fight for five days, by the account of the EU’s fact-finding mission.',
  },
  'crimea-annexation-2014': {
    title: 'Russia annexes Crimea',
    summary:
      'Putin signs a treaty in Moscow with Crimea’s leaders taking Crimea and Sevastopol into Russia, two days after a referendum there. On 27 Mar the UN General Assembly calls the referendum invalid and asks states not to recognise any change in Crimea’s status (resolution 68/262: 100 in favour, 11 against, 58 abstentions).',
  },
  'donbas-war-2014': {
    title: 'War in Donbas begins',
    summary:
      'Ukraine launches an “anti-terrorist operation” in Sloviansk after armed pro-Russian separatists seize police and government buildings in the Donetsk region; on 15 Apr acting President Turchynov tells parliament it is under way in the region’s north. The fighting grows into the war in Donbas.',
  },
  'karabakh-war-2020': {
    title: 'Armenia–Azerbaijan war over Nagorno-Karabakh',
    summary:
      'Fighting breaks out on 27 Sep in and around Nagorno-Karabakh; truces mediated by Russia in October do not hold. A statement signed by Azerbaijan’s president, Armenia’s prime minister and Russia’s president ends the war from 10 Nov, returns districts around Karabakh to Azerbaijan and deploys Russian peacekeepers.',
  },
  'kyrgyz-tajik-clashes-2021': {
    title: 'Kyrgyz–Tajik border clashes',
    summary:
      'Kyrgyz and Tajik troops fight around a disputed water supply facility near Kok-Tash, the worst fighting between the two states since independence: about 40 people are killed and more than 7,000 Kyrgyz residents evacuated before a ceasefire holds.',
  },
  'russia-invades-ukraine-2022': {
    title: 'Russia launches a full-scale invasion of Ukraine',
    summary:
      'Putin announces a “special military operation”; Russian forces attack Ukraine by land, sea and air, with missile strikes on cities across the country.',
  },
  'kyrgyz-tajik-clashes-2022': {
    title: 'Kyrgyz–Tajik border fighting flares again',
    summary:
      'Fighting breaks out again on the disputed Kyrgyz–Tajik border, with tanks, mortars and rocket launchers. The two presidents agree a ceasefire on 16 Sep at a regional summit in Uzbekistan, but both sides report fresh attacks, and thousands of people are evacuated.',
  },
  'karabakh-offensive-2023': {
    title: 'Azerbaijan’s offensive in Nagorno-Karabakh',
    summary:
      'Azerbaijan’s army launches an offensive in Nagorno-Karabakh on 19 Sep; 24 hours later the ethnic-Armenian forces accept Russian terms for a ceasefire, including complete disarmament. Some 120,000 ethnic Armenians lived in the enclave.',
  },
} satisfies Record<EventId, EventWords>;

/** Each contested point: what is in doubt, and what the sources say (contested.ts). */
const EN_CONTESTED = {
  C1: {
    title: 'Period of the ~$90bn trade figure',
    detail:
      'MENAFN, News Central Asia and Izvestia give the figure for the “first 10 months”, as do the Russian words as Mir24 and VZGLYAD (citing TASS) print them; RT says “first nine months”, probably an error. Izvestia calls it trade of the CIS member states, while the others call it Russia’s trade with the CIS.',
  },
  C2: {
    title: 'Wording of the quotes',
    detail:
      'English renderings differ: IANS, citing TASS, has “a fair world order … with a central coordinating role for the United Nations”, and News Central Asia words the trade sentence differently. The Kremlin’s English transcript could be read only up to the opening words of quote 1, so the wording of quotes 1–3 used here is confirmed only as MENAFN’s.',
  },
  C3: {
    title: 'Labels for Ukraine and Turkmenistan',
    detail:
      'Turkmenistan is called an “associate member” (Armenian MFA, Anadolu), an “unofficial associate member” (Wikipedia table) or a state with “participant status” (RT). Ukraine says it was never a member, while in 2018 the CIS Executive Committee said it “has not seceded” and de jure remains a party; RT still lists it with “participant status”.',
  },
  C4: {
    title: 'Did Ukraine sign the Charter?',
    detail:
      'Most sources say Ukraine did not sign or accede to the Charter (and did not sign the adoption decision); a report citing Sputnik says it signed but did not ratify. All agree it never ratified it.',
  },
  C6: {
    title: 'Charter ratification dates',
    detail:
      'Russia ratified on 15 Apr 1993 (Supreme Soviet resolution 4799-I) or on 20 Jul 1993 (Wikipedia table). The table’s “Charter ratified” dates may be deposit or entry-into-force dates: for Moldova it gives 27 Jun 1994, the day Moldova’s register of legal acts says the Charter entered into force for Moldova, whose parliament had ratified it in April 1994. The per-state dates of the Charter’s UN registration (Treaty Series No. 31139) could not be checked; the other Charter dates are indicative.',
  },
  C7: {
    title: 'Azerbaijan’s ratification date',
    detail:
      'The Wikipedia table’s 24 Sep 1993 is the date of the CIS decision on Azerbaijan’s accession; Azerbaijan’s Supreme Soviet decided to join on 20 Sep 1993.',
  },
  C8: {
    title: 'Georgia’s accession and withdrawal dates',
    detail:
      'Sources date the withdrawal announcement to 12 Aug 2008 or 11 Aug, a 2009 report dates the decision to the 14 Aug parliament vote, and the CIS received notification on 18 Aug or 20 Aug 2008; many summaries say Georgia “withdrew in 2008”, but legally it left on 18 Aug 2009. Accession was announced in Oct 1993 (one source says Georgia became a member that October) while others give Dec 1993. RIA Novosti dates the accession to a decision of the heads of state of 3 December; Russian Wikipedia calls 3 Dec 1993 Georgia’s ratification of the Protocol and gives 19 Apr 1994 for the Charter, and no second source gives either date.',
  },
  C9: {
    title: 'Start of Moldova’s halt',
    detail:
      'Sources say Moldova halted its participation in 2022, but the exact date is unconfirmed: Asia-Plus (13 May 2022) still listed Moldova among the foreign ministers expected in Dushanbe. The halt looks gradual through 2022.',
  },
  C16: {
    title: 'Death toll of the Azerbaijan Airlines crash',
    detail:
      'Azerbaijan Airlines and Kazakh officials give 67 on board (62 passengers and five crew), of whom 38 were killed and 29 survived; the Moscow Times says 38 of 62 on board were killed.',
  },
  C17: {
    title: 'Start of the December tradition',
    detail:
      'TASS says the informal year-end meetings go back to at least 2017 and have been held in St Petersburg since 2018. Armenpress (December 2021) says the previous informal summit was held in 2019, so there was none in 2020. The Kremlin places the 2024 meeting in Leningrad Region, not in the city itself.',
  },
  C18: {
    title: 'Council behind the 2011 free trade treaty',
    detail:
      'Interfax and UNIAN, reporting the signing on 18 Oct 2011, say the heads of government signed it at their council’s meeting, as Wikipedia does; azerbaijan.az attributes it to the Council of Heads of State.',
  },
} satisfies Record<ContestedPointId, ContestedWords>;

/** The people the page names, with their office at the time of the meeting. */
const EN_PEOPLE = {
  putin: { name: 'Vladimir Putin', title: 'President', office: 'President of Russia' },
  pashinyan: {
    name: 'Nikol Pashinyan',
    title: 'Prime Minister',
    office: 'Prime Minister of Armenia',
  },
  lukashenko: { name: 'Alexander Lukashenko', title: 'President', office: 'President of Belarus' },
  tokayev: { name: 'Kassym-Jomart Tokayev', title: 'President', office: 'President of Kazakhstan' },
  japarov: { name: 'Sadyr Japarov', title: 'President', office: 'President of Kyrgyzstan' },
  rahmon: { name: 'Emomali Rahmon', title: 'President', office: 'President of Tajikistan' },
  berdimuhamedov: {
    name: 'Serdar Berdimuhamedov',
    title: 'President',
    office: 'President of Turkmenistan',
  },
  mirziyoyev: { name: 'Shavkat Mirziyoyev', title: 'President', office: 'President of Uzbekistan' },
  aliyev: { name: 'Ilham Aliyev', title: 'President', office: 'President of Azerbaijan' },
} satisfies Record<PersonId, PersonWords>;

/** The meeting of 22 Dec 2025: where, what, and a note per state where there is one. */
const EN_MEETING = {
  venue: 'St George Hall, State Hermitage Museum, St Petersburg',
  summary:
    'The traditional pre-New Year meeting, day two of a two-day programme. The leaders toured the museum, which was closed that Monday, before talks in the St George Hall.',
  notes: {
    RU: 'Host of the meeting.',
    KG: 'Arrived on Saturday 20 December.',
    TJ: 'Putin thanked him for Tajikistan’s 2025 chairmanship.',
    TM: 'Turkmenistan chairs the CIS from 1 January 2026.',
    AZ: 'The presidential administration told the state agency Azertac the reason was his “busy work schedule”, and said Azerbaijan regularly takes part in official CIS summits.',
    MD: 'Participation halted since 2022; not among the Kremlin’s list of participants.',
    GE: 'Withdrew from the CIS in 2009; no representative reported.',
    UA: 'Ended participation in CIS bodies in 2018; no representative reported.',
    EE: 'Never joined the CIS.',
    LV: 'Never joined the CIS.',
    LT: 'Never joined the CIS.',
  } satisfies Partial<Record<CountryCode, string>> as Partial<Record<CountryCode, string>>,
};

/**
 * Why a state left or stopped taking part, in one clause that follows the change's date ("withdrew
 * on 18 Aug 2009, after the Russia–Georgia war of August 2008"), keyed by the change (causes.ts).
 */
const EN_CAUSES = {
  'ge-withdrawn-2009': 'after the Russia–Georgia war of August 2008',
  'ua-ceased-participation-2018':
    'after Russia’s annexation of Crimea and the war in Donbas in 2014',
  'md-member-halted-2022':
    'after Russia’s full-scale invasion of Ukraine and Moldova’s EU candidacy in 2022',
} satisfies Record<CauseChangeId, string>;

/** The prose of the records, keyed by their ids. */
export const EN_RECORDS = {
  changeNotes: EN_CHANGE_NOTES,
  events: EN_EVENTS,
  causes: EN_CAUSES,
  contested: EN_CONTESTED,
  people: EN_PEOPLE,
  meetingFacts: EN_MEETING,
  /** A source's publisher as citations name it on this page ("Kremlin"). */
  publisherName: (id: string): string | undefined => PUBLISHERS[id],
};
