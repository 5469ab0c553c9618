import type { Messages } from './messages';
import type { ContestedWords, EventWords } from './words';

// The catalogue's `satisfies Record<EventId, …>` (and the like) makes every record of the data
// have its words at compile time. Views hold records typed by their interfaces (ids as strings),
// so they look words up here; a record without words (a test fixture) shows its id, never crashes.

/** A timeline event's title and summary. */
export function eventWords(m: Messages, id: string): EventWords {
  return (m.events as Partial<Record<string, EventWords>>)[id] ?? { title: id, summary: '' };
}

/** What happened at a status change. */
export function changeNote(m: Messages, id: string): string {
  return (m.changeNotes as Partial<Record<string, string>>)[id] ?? id;
}

/** A contested point's title and what the sources say. */
export function contestedWords(m: Messages, id: string): ContestedWords {
  return (m.contested as Partial<Record<string, ContestedWords>>)[id] ?? { title: id, detail: '' };
}
