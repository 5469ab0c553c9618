import { makeLocale } from '../locale';
import type { Locale } from '../locale';
import type { Messages } from '../messages';
import { EN_FACTS } from './facts';
import { EN_RECORDS } from './records';
import { EN_STORY } from './story';
import { EN_DATES, EN_LISTS, EN_UI } from './ui';

/** The English edition's locale. */
export const EN: Locale<Messages> = makeLocale(
  'en',
  'en-GB',
  { ...EN_UI, ...EN_FACTS, ...EN_RECORDS, ...EN_STORY },
  EN_DATES,
  EN_LISTS,
);
