/** The membership chart's words ("Membership over time"). */
export const EN_CHART = {
  heading: 'Membership over time',
  intro: (start: string, end: string) =>
    `One row per state, coloured by its status on each day from ${start} to ${end}. Members first, then the associate, the halted, the ceased, the withdrawn and those that never joined.`,
  /** The list of rows, for assistive technology. */
  rows: 'Status of each state over time',
  legend: 'Key',
  uncertain: 'Date known only to the month or year',
  contested: 'Start date: sources differ',
  /** A segment's accessible name: "Georgia: Member state, 19 Apr 1994 – 18 Aug 2009". */
  segment: (country: string, status: string, dates: string) => `${country}: ${status}, ${dates}`,
  /** The same, with its certainty flag: "…, 16 Mar 1994 – 22 Dec 2025 (sources differ)". */
  segmentFlagged: (country: string, status: string, dates: string, flag: string) =>
    `${country}: ${status}, ${dates} (${flag})`,
  sources: (names: string) => `Sources: ${names}`,
  source:
    'Source: each state’s recorded changes of status, with the sources cited for them. Point at or focus a segment for its dates and sources; select it to open the state at that date.',
};
