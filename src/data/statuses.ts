import type { SourceId, Status } from './types';

/** The sources for what each status means (its label and definition are words, in the catalogue). */
export interface StatusInfo {
  readonly sourceIds: readonly SourceId[];
}

/**
 * The one status table. Membership follows Charter Art. 7: a member has ratified the Charter,
 * and is a member only once the Charter is in force (charter.ts); states that ratified only the
 * 1991 Creation Agreement are parties to it, not members (H1, H4, H5). Each entry describes the
 * state of things and cites no source dated after 22 Dec 2025. `satisfies` makes a new status fail to compile until it is described here.
 */
export const STATUS_INFO = {
  member: {
    sourceIds: ['H4', 'H5', 'H6', 'H3'],
  },
  'member-halted': {
    sourceIds: ['S3'],
  },
  associate: {
    sourceIds: ['H4', 'H16a'],
  },
  'founding-party': {
    sourceIds: ['H1', 'H4'],
  },
  signatory: {
    sourceIds: ['H2', 'H7'],
  },
  observer: {
    sourceIds: ['H17c'],
  },
  'ceased-participation': {
    sourceIds: ['U5', 'U6', 'H4'],
  },
  withdrawn: {
    sourceIds: ['H2', 'H10'],
  },
  'not-yet-joined': {
    sourceIds: ['H2', 'H7'],
  },
  'never-joined': {
    sourceIds: ['H2', 'H7'],
  },
} as const satisfies Record<Status, StatusInfo>;
