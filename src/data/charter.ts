import type { PartialDate, SourceId } from './types';

/**
 * The CIS Charter, which defines membership (Art. 7). It was adopted in Minsk on 22 Jan 1993 and
 * entered into force on 22 Jan 1994 for the states that had ratified it by then; for a state that
 * ratified later, it enters into force when that state deposits its instrument of ratification
 * (H5, H6, H3). So no state is a member state
 * before 22 Jan 1994, whatever the date of its ratification.
 */
export const CHARTER = {
  adopted: '1993-01-22',
  inForce: '1994-01-22',
  sourceIds: ['H5', 'H6', 'H3'],
} as const satisfies {
  readonly adopted: PartialDate;
  readonly inForce: PartialDate;
  readonly sourceIds: readonly SourceId[];
};
