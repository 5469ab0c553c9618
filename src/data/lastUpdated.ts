import type { PartialDate } from './types';

/**
 * The day the page's facts last changed, shown in the footer and the embed credit. Kept apart
 * from corrections.ts so the first view does not ship the corrections log; the integrity test
 * holds it to no earlier than the newest correction.
 */
export const LAST_UPDATED: PartialDate = '2026-12-07';
