import type { SourceId, Status } from './types';

/** What each status means, for the legend, the details panel and the table. */
export interface StatusInfo {
  readonly label: string;
  /** One sentence, shown beside the label. */
  readonly definition: string;
  readonly sourceIds: readonly SourceId[];
}

/**
 * The one status table. Membership follows Charter Art. 7: a member has ratified the Charter,
 * and is a member only once the Charter is in force (charter.ts); states that ratified only the
 * 1991 Creation Agreement are parties to it, not members (H1b, H4, H5). Each entry describes the
 * state of things and cites no source dated after 22 Dec 2025. `satisfies` makes a new status fail to compile until it is described here.
 */
export const STATUS_INFO = {
  member: {
    label: 'Member state',
    definition:
      'Has ratified the CIS Charter, which defines membership, and the Charter is in force (since 22 Jan 1994).',
    sourceIds: ['H4', 'H5', 'H6', 'H3'],
  },
  'member-halted': {
    label: 'Member, participation halted',
    definition: 'Still a member in law, but has stopped taking part in CIS bodies and meetings.',
    sourceIds: ['S3', 'S4'],
  },
  associate: {
    label: 'Associate member',
    definition: 'Takes part as an associate without having ratified the Charter.',
    sourceIds: ['H4', 'H16a'],
  },
  'founding-party': {
    label: 'Party to the founding agreement',
    definition:
      'Ratified the 1991 Creation Agreement or the Alma-Ata Protocol; the Charter is not (yet) in force for it.',
    sourceIds: ['H1', 'H1b', 'H4'],
  },
  signatory: {
    label: 'Signed, not ratified',
    definition: 'Signed the 1991 founding documents; its parliament had not yet ratified them.',
    sourceIds: ['H1', 'H7'],
  },
  observer: {
    label: 'Observer',
    definition: 'Its parliament refused to ratify; it kept only observer status.',
    sourceIds: ['H17c'],
  },
  'ceased-participation': {
    label: 'Ceased participation',
    definition:
      'Never ratified the Charter and has recalled its representatives from all CIS statutory bodies.',
    sourceIds: ['U5', 'U6', 'H4'],
  },
  withdrawn: {
    label: 'Withdrawn',
    definition:
      'Left the CIS; withdrawal takes effect 12 months after notification (Charter Art. 9).',
    sourceIds: ['H2', 'H10'],
  },
  'not-yet-joined': {
    label: 'Not yet joined',
    definition: 'Had not signed the CIS founding documents at this date.',
    sourceIds: ['H7'],
  },
  'never-joined': {
    label: 'Never joined',
    definition: 'Took no part in the founding documents or any CIS body.',
    sourceIds: ['H2', 'H7'],
  },
} as const satisfies Record<Status, StatusInfo>;
