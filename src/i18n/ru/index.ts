import { makeLocale } from '../locale';
import type { Locale } from '../locale';
import type { Messages } from '../messages';
import { RU_FACTS } from './facts';
import { RU_RECORDS } from './records';
import { RU_STORY } from './story';
import { RU_DATES, RU_LISTS, RU_UI } from './ui';

/** The Russian edition's locale. */
export const RU: Locale<Messages> = makeLocale(
  'ru',
  'ru',
  { ...RU_UI, ...RU_FACTS, ...RU_RECORDS, ...RU_STORY },
  RU_DATES,
  RU_LISTS,
);
