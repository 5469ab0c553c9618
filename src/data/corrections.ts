import type { Correction } from './types';

/**
 * The corrections log shown to readers under the sources, newest first. Each entry says in plain
 * words what the page said and what is right, with the sources for the corrected value. To add
 * one: correct the record itself, add an entry here dated the day of the change, and move
 * LAST_UPDATED (lastUpdated.ts) to that day (the integrity test holds it to the newest entry).
 */
export const CORRECTIONS: readonly Correction[] = [
  {
    id: 'un-observer-date',
    date: '2026-11-29',
    text: 'The UN observer date was given as 30 March 1994; it is 24 March 1994, when the General Assembly granted the CIS observer status by consensus.',
    sourceIds: ['T7', 'H3'],
  },
  {
    id: 'charter-in-force',
    date: '2026-11-29',
    text: 'The map showed Russia, Tajikistan and Azerbaijan as member states from their Charter ratifications in 1993. The Charter entered into force on 22 January 1994, so no state was a member state before that day; until then each remained a party to the founding agreement.',
    sourceIds: ['H5', 'H6', 'H3'],
  },
  {
    id: 'dushanbe-date',
    date: '2026-11-29',
    text: 'The CIS Heads of State Council in Dushanbe was dated 9–10 October 2025; it met on 10 October 2025. The Central Asia–Russia summit and the foreign ministers’ meeting were on 9 October.',
    sourceIds: ['S18'],
  },
  {
    id: 'eurasian-council-attendance',
    date: '2026-11-29',
    text: 'The Supreme Eurasian Economic Council of 21 December 2025 was shown without Armenia, Belarus and Kazakhstan; their leaders took part.',
    sourceIds: ['S10'],
  },
  {
    id: 'azerbaijan-statement',
    date: '2026-11-29',
    text: 'Azerbaijan’s statement put “regularly participates in official CIS summits” in quotation marks. Only “busy work schedule” is a quotation; the rest is reported speech.',
    sourceIds: ['S3', 'S5'],
  },
  {
    id: 'crash-toll',
    date: '2026-11-29',
    text: 'The Azerbaijan Airlines crash of 25 December 2024 was said to have killed 38 of the 62 on board. There were 67 on board (62 passengers and five crew), of whom 38 were killed. The informal meeting that day is no longer marked as disputed because of the crash.',
    sourceIds: ['I8', 'I9'],
  },
  {
    id: 'certainty',
    date: '2026-11-29',
    text: 'The Alma-Ata Protocol and the Belovezha Accords were marked as disputed, and the date of the Interparliamentary Assembly Convention as open; all three are confirmed (26 May 1995 for the Convention). The dates of Moldova’s ratification of the founding agreement (8 April 1994) and Ukraine’s (10 December 1991) are now marked as resting on a single source, and Georgia’s withdrawal on 18 August 2009 as confirmed.',
    sourceIds: ['H2', 'H7', 'T4a', 'T4b', 'H1', 'H10'],
  },
  {
    id: 'georgia-announcement-category',
    date: '2026-11-29',
    text: 'Georgia’s announcement of its withdrawal in August 2008 was filed under membership. Like Ukraine’s announcement in 2014, it is now filed under crises: Georgia’s status changed only when the withdrawal took effect in 2009.',
    sourceIds: ['H10', 'H2'],
  },
  {
    id: 'afghanistan-observer',
    date: '2026-11-29',
    text: 'Our data described Afghanistan as an observer in the CIS Interparliamentary Assembly. Its parliament held that status from 2006, and it has not sat since August 2021.',
    sourceIds: ['O1', 'O2'],
  },
  {
    id: 'summit-attendance',
    date: '2026-11-29',
    text: 'The informal meetings of 2018, October 2022 and December 2023 listed only Russia. The 2022 and 2023 meetings now list every state whose leader attended; the sources for 2018 do not say who attended.',
    sourceIds: ['I4', 'I6b', 'I1'],
  },
  {
    id: 'st-george-hall',
    date: '2026-11-29',
    text: 'The hall of the 22 December 2025 meeting was also called “St George’s Hall”; it is the St George Hall throughout, as the Kremlin names it. The lead-in to the world-order quote now reads “All CIS members”, as MENAFN reported it.',
    sourceIds: ['S2', 'S1'],
  },
];
