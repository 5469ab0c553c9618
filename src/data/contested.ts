/**
 * The points on which sources disagree, each with the sources it cites. Every point is attached
 * to at least one fact (a status change, an event or a quote note) that names it in `contested`;
 * points no fact on the page depends on are not kept. Ids are stable, so gaps are expected.
 */
import type { ContestedPoint } from './types';

const CONTESTED_RECORDS = [
  {
    id: 'C1',
    sourceIds: ['S1', 'S14', 'R1', 'S9', 'S10', 'S12'],
  },
  {
    id: 'C2',
    sourceIds: ['S19', 'S9', 'S1'],
  },
  {
    id: 'C3',
    sourceIds: ['H4', 'S3', 'H1', 'S12', 'U4', 'U5', 'U7'],
  },
  {
    id: 'C4',
    sourceIds: ['H5', 'U4', 'H6', 'U13'],
  },
  {
    id: 'C6',
    sourceIds: ['H6', 'H1', 'M20', 'M21'],
  },
  {
    id: 'C7',
    sourceIds: ['H1', 'H17a', 'H17b', 'H27'],
  },
  {
    id: 'C8',
    sourceIds: ['H10', 'H23', 'H24', 'H13', 'H13b', 'H11', 'H14', 'H25', 'H2', 'H26', 'H9'],
  },
  {
    id: 'C9',
    sourceIds: ['S3', 'M17'],
  },
  {
    id: 'C16',
    sourceIds: ['I8', 'I9', 'S6'],
  },
  {
    id: 'C17',
    sourceIds: ['S13', 'I3', 'I7'],
  },
  {
    id: 'C18',
    sourceIds: ['T3c', 'T3d', 'T3a', 'H17a'],
  },
] as const satisfies readonly ContestedPoint[];

/** The id of a contested point; what it says, per language, is keyed by it. */
export type ContestedPointId = (typeof CONTESTED_RECORDS)[number]['id'];

export const CONTESTED_POINTS: readonly ContestedPoint[] = CONTESTED_RECORDS;
