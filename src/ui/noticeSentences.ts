import type { NoticeReason } from '../options/types';

/**
 * What the page says about a value of the address it could not use, one whole sentence per
 * reason: `{param}` stands for the parameter's name and `{value}` for the value as written (both
 * rendered as text, never as HTML).
 */
export const NOTICE_SENTENCES = {
  'unknown-param': '{param} “{value}” is not an option this page knows.',
  'not-a-country': '{param} “{value}” is not one of the 15 post-Soviet states’ two-letter codes.',
  'not-a-date': '{param} “{value}” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).',
  'date-before-start': '{param} “{value}” is before the CIS was founded; showing 8 Dec 1991.',
  'date-after-end':
    '{param} “{value}” is after 22 Dec 2025, the latest date covered; showing 22 Dec 2025.',
  'not-an-event': '{param} “{value}” is not an event of the timeline.',
  'not-a-quote': '{param} “{value}” is not one of the quotes.',
  'not-a-mode': '{param} “{value}” is not a map mode (status or meeting).',
  'not-a-view': '{param} “{value}” is not a view (all, map, timeline or quotes).',
  'not-a-theme': '{param} “{value}” is not a theme (auto, light or dark).',
  'not-a-flag': '{param} “{value}” should be 1 or 0.',
  'not-a-frame-id': '{param} “{value}” is not a valid frame id.',
} as const satisfies Record<NoticeReason, string>;

/** The sentence split at its placeholders: text pieces, and 'param' or 'value' where they go. */
export function sentencePieces(reason: NoticeReason): (string | { slot: 'param' | 'value' })[] {
  return NOTICE_SENTENCES[reason]
    .split(/(\{param\}|\{value\})/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece === '{param}' ? { slot: 'param' } : piece === '{value}' ? { slot: 'value' } : piece,
    );
}
