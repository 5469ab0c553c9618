import type { NoticeReason } from '../../options/types';

/**
 * What the page says about settings in its address it could not use. Only a page with such a
 * setting shows them, so they load with it (src/i18n/noticeWords.ts), not with the catalogue.
 */
export const EN_NOTICES = {
  intro: 'Some settings in the address could not be used, so defaults are shown instead:',
  /** One sentence per reason; `{param}` and `{value}` are the parameter and the value as given. */
  reasons: {
    'unknown-param': '{param} “{value}” is not an option this page knows.',
    'not-a-country': '{param} “{value}” is not one of the 15 post-Soviet states’ two-letter codes.',
    'not-a-date': '{param} “{value}” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).',
    'date-before-start': '{param} “{value}” is before the CIS was founded; showing 8 Dec 1991.',
    'date-after-end':
      '{param} “{value}” is after 22 Dec 2025, the latest date covered; showing 22 Dec 2025.',
    'not-an-event': '{param} “{value}” is not an event of the timeline.',
    'not-a-quote': '{param} “{value}” is not one of the quotes.',
    'not-a-mode': '{param} “{value}” is not a map mode (status or meeting).',
    'not-a-view': '{param} “{value}” is not a view (all, map, history, timeline or quotes).',
    'not-a-theme': '{param} “{value}” is not a theme (auto, light or dark).',
    'not-a-flag': '{param} “{value}” should be 1 or 0.',
    'not-a-frame-id': '{param} “{value}” is not a valid frame id.',
  } satisfies Record<NoticeReason, string>,
  dismiss: 'Dismiss',
};
