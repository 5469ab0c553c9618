import type { CorrectionId } from '../data/corrections';
import type { Lang } from './locale';
import { EN_CORRECTIONS } from './en/corrections';
import { RU_CORRECTIONS } from './ru/corrections';

/** The corrections' words, by language. */
export type CorrectionTexts = Readonly<Partial<Record<string, string>>>;

/**
 * Every correction in plain words, per language. Kept out of the first view's catalogue: only the
 * sources part and the downloads show them, and both load on demand.
 */
export const CORRECTION_TEXTS: Readonly<Record<Lang, Readonly<Record<CorrectionId, string>>>> = {
  en: EN_CORRECTIONS,
  ru: RU_CORRECTIONS,
};

/** A correction in plain words; its id where there are none. */
export function correctionText(
  lang: Lang,
  id: string,
  texts: CorrectionTexts = CORRECTION_TEXTS[lang],
): string {
  return texts[id] ?? id;
}
