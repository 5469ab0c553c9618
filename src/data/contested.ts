/**
 * The points on which sources disagree, each with the sources it cites. Every point is attached
 * to at least one fact (a status change, an event or a quote note) that names it in `contested`;
 * points no fact on the page depends on are not kept. Ids are stable, so gaps are expected.
 */
import type { ContestedPoint } from './types';

export const CONTESTED_POINTS: readonly ContestedPoint[] = [
  {
    id: 'C1',
    title: 'Period of the ~$90bn trade figure',
    detail:
      'MENAFN, Mir24 (from the Kremlin-based Russian text), News Central Asia and Izvestia give the figure for the "first 10 months"; RT says "first nine months", probably an error. Izvestia calls it trade of the CIS member states, while the others call it Russia\'s trade with the CIS.',
    sourceIds: ['S1', 'S14', 'S9', 'S10', 'S12'],
  },
  {
    id: 'C2',
    title: 'Wording of the quotes',
    detail:
      'English renderings differ: one outlet has "a more just world order … universally accepted principles … United Nations". The Kremlin\'s English text of quotes 2–3 was not retrieved in full, so the wording used here is confirmed only as MENAFN\'s.',
    sourceIds: ['S16'],
  },
  {
    id: 'C3',
    title: 'Labels for Ukraine and Turkmenistan',
    detail:
      'Turkmenistan is called an "associate member" (Armenian MFA, Anadolu), an "unofficial associate member" (Wikipedia table) or a state with "participant status" (RT). Ukraine says it was never a member, while in 2018 the CIS Executive Committee said it "has not seceded" and de jure remains a party; RT still lists it with "participant status".',
    sourceIds: ['H4', 'S3', 'H1', 'S12', 'U4', 'U5', 'U7'],
  },
  {
    id: 'C4',
    title: 'Did Ukraine sign the Charter?',
    detail:
      'Most sources say Ukraine did not sign or accede to the Charter (and did not sign the adoption decision); a report citing Sputnik says it signed but did not ratify. All agree it never ratified it.',
    sourceIds: ['H5', 'U4', 'H6', 'U13'],
  },
  {
    id: 'C6',
    title: 'Charter ratification dates',
    detail:
      'Russia ratified on 15 Apr 1993 (Supreme Soviet resolution 4799-I) or on 20 Jul 1993 (Wikipedia table). One page says the other signatories ratified during 1993 with Belarus last on 18 Jan 1994, while the Wikipedia table dates several states to Feb–Jun 1994, possibly deposit or entry-into-force dates (unconfirmed); all Charter dates are indicative.',
    sourceIds: ['H6', 'H22', 'H1'],
  },
  {
    id: 'C7',
    title: "Azerbaijan's ratification date",
    detail:
      "The Wikipedia table's 24 Sep 1993 is the date of the CIS decision on Azerbaijan's accession; Azerbaijan's Supreme Soviet decided to join on 20 Sep 1993.",
    sourceIds: ['H1', 'H17a', 'H17b'],
  },
  {
    id: 'C8',
    title: "Georgia's accession and withdrawal dates",
    detail:
      'Sources date the withdrawal announcement to 12 Aug 2008 or 11 Aug, a 2009 report dates the decision to the 14 Aug parliament vote, and the CIS received notification on 18 Aug or 20 Aug 2008; many summaries say Georgia "withdrew in 2008", but legally it left on 18 Aug 2009. Accession was announced in Oct 1993 (one source says Georgia became a member that October) while others give Dec 1993, and its ratification dates (3 Dec 1993; 19 Apr 1994) are single-sourced.',
    sourceIds: ['H10', 'H23', 'H24', 'H13', 'H13b', 'H11', 'H15', 'H14', 'H25', 'H2', 'H9'],
  },
  {
    id: 'C9',
    title: "Start of Moldova's halt",
    detail:
      'Sources say Moldova halted its participation in 2022, but the exact date is unconfirmed: Asia-Plus (13 May 2022) still listed Moldova among the foreign ministers expected in Dushanbe. The halt looks gradual through 2022.',
    sourceIds: ['S3', 'S4', 'M17'],
  },
  {
    id: 'C16',
    title: 'Death toll of the Azerbaijan Airlines crash',
    detail:
      'Azerbaijan Airlines and Kazakh officials give 67 on board (62 passengers and five crew), of whom 38 were killed and 29 survived; one outlet says 39 were killed.',
    sourceIds: ['I8', 'I9', 'S16'],
  },
  {
    id: 'C17',
    title: 'Start of the December tradition',
    detail:
      'TASS says the informal year-end meetings go back to at least 2017 and have been held in St Petersburg since 2018. Armenpress says there was no informal summit between 2019 and 2021, and the 2024 meeting was held in Leningrad Region, not the city.',
    sourceIds: ['S13', 'I3', 'I7'],
  },
  {
    id: 'C18',
    title: 'Council behind the 2011 free trade treaty',
    detail:
      'The treaty is attributed to the Council of Heads of Government (Wikipedia, citing 2011 press) or to the Council of Heads of State (azerbaijan.az).',
    sourceIds: ['T3a', 'H17a'],
  },
];
