import { MATERIAL_DOUBTS } from '../data/materialDoubts';
import type { Certainty, ContestedId } from '../data/types';

/**
 * Whether a fact is flagged "(sources differ)" where it stands: only when the sources disagree on
 * something that changes what a reader would conclude (data/materialDoubts.ts). The rest of the
 * doubt is shown one step away, with the contested point's own words.
 */
export const flagsDoubtInline = (fact: {
  readonly certainty: Certainty;
  readonly contested?: ContestedId;
}): boolean =>
  fact.certainty === 'contested' &&
  fact.contested !== undefined &&
  MATERIAL_DOUBTS.has(fact.contested);
