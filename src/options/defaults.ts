import { TIMELINE_END } from '../model/timeline';
import type { Theme, UrlOptions } from './types';

/** The options of an address without parameters: the page as prerendered. */
export const DEFAULT_OPTIONS: UrlOptions = {
  country: null,
  day: TIMELINE_END,
  date: null,
  event: null,
  mode: 'status',
  quote: null,
  embed: false,
  view: 'all',
  theme: 'auto',
  transparent: false,
  childId: null,
};

/** The colour scheme of an embed whose address names none: its publisher's page is not ours. */
export const EMBED_THEME: Theme = 'light';
