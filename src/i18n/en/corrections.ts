import type { CorrectionId } from '../../data/corrections';

/**
 * Each correction in plain words (corrections.ts). Not in the catalogue: only the sources part
 * and the downloads, both loaded later, show them.
 */
export const EN_CORRECTIONS = {
  'moldova-charter-in-force':
    'Moldova did not ratify the Charter on 27 June 1994: the Charter entered into force for it that day, after its parliament ratified it in April 1994.',
  'moldova-founding-agreement':
    'Moldova’s ratification of the founding agreement on 8 April 1994 is now confirmed by Reuters’ report of the vote, 80 to 18.',
  'ussr-declaration-number':
    'The USSR’s end on 26 December 1991 is no longer called “Declaration No. 142-N”: no source we could check gives the number.',
  'crash-toll-moscow-times':
    'The Moscow Times’ crash figure, 38 killed of 62 on board, is now shown as a difference between sources; the 39 dead of a repost site is dropped.',
  'executive-committee-confirmed':
    'The Executive Committee’s founding on 2 April 1999 now cites the Committee and the IPA CIS, not a Wikipedia copy, and is confirmed.',
  'informal-summit-2021-confirmed':
    'The informal summit of 28 December 2021 now cites Armenpress and the Presidential Library, not a repost, and is confirmed.',
  'world-order-rendering':
    'The other English rendering of the world-order quote is now IANS’s (citing TASS), not a repost site’s.',
  'free-trade-council':
    'Interfax and UNIAN say the heads of government signed the 2011 free trade treaty; the note now says so.',
  'georgia-member-years':
    'Georgia’s page said “member 1993–2009”; it became a member state on 19 April 1994, so it now says “member 1994–2009”.',
  'informal-summit-2020':
    'The Russian note said there was no informal summit from 2019 to 2021; the one before December 2021 was held in 2019, so only 2020 had none.',
  'russian-member-term':
    'The Russian edition called Charter members «государство – участник СНГ», which CIS documents call every participating state; it now says «государство – член СНГ».',
  'un-observer-date':
    'The UN observer date was given as 30 March 1994; it is 24 March 1994, when the General Assembly granted the CIS observer status by consensus.',
  'charter-in-force':
    'The map showed Russia, Tajikistan, Azerbaijan and Belarus as member states before the Charter entered into force on 22 January 1994; no state was one before that day.',
  'dushanbe-date':
    'The CIS Heads of State Council in Dushanbe was dated 9–10 October 2025; it met on 10 October 2025. The Central Asia–Russia summit and the foreign ministers’ meeting were on 9 October.',
  'eurasian-council-attendance':
    'The Supreme Eurasian Economic Council of 21 December 2025 was shown without Armenia, Belarus and Kazakhstan; their leaders took part.',
  'azerbaijan-statement':
    'Our note on Azerbaijan put “regularly participates in official CIS summits” in quotation marks; the reports cited give it as reported speech.',
  'crash-toll':
    'The Azerbaijan Airlines crash of 25 December 2024 killed 38 of the 67 on board, not of 62; the informal meeting that day is no longer marked as disputed.',
  certainty:
    'The Alma-Ata Protocol, the Belovezha Accords and the IPA Convention (26 May 1995) are confirmed; Moldova’s and Ukraine’s ratification dates rest on one source; Georgia’s withdrawal is confirmed.',
  'georgia-announcement-category':
    'Georgia’s withdrawal announcement of August 2008 is filed under crises, not membership: its status changed only in 2009.',
  'afghanistan-observer':
    'Our data described Afghanistan as an observer in the CIS Interparliamentary Assembly. Its parliament held that status from 2006, and it has not sat since August 2021.',
  'summit-attendance':
    'The informal meetings of 2018, October 2022 and December 2023 listed only Russia; 2022 and 2023 now list every state whose leader attended.',
  'st-george-hall':
    'The hall of 22 December 2025 is the St George Hall throughout, as the Kremlin names it; the world-order quote’s lead-in reads “All CIS members”, as MENAFN reported it.',
} satisfies Record<CorrectionId, string>;
