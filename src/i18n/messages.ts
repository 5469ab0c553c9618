import type { EN_FACTS } from './en/facts';
import type { EN_RECORDS } from './en/records';
import type { EN_STORY } from './en/story';
import type { EN_UI } from './en/ui';

/**
 * The shape of a language's catalogue: English's, with its strings widened to `string`. Another
 * language's catalogue is written `satisfies Messages`, so a missing or misspelt message, or one
 * that takes other values, is a compile error.
 */
export type Messages = typeof EN_UI & typeof EN_FACTS & typeof EN_RECORDS & typeof EN_STORY;
