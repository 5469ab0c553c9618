import { Fragment } from 'react';
import type { ReactNode } from 'react';

const SLOT = /\{(\w+)\}/g;

/**
 * A whole sentence from the catalogue with elements in it: "On {date}: {status}." with
 * `slots={{ date: <time …/>, status: <strong …/> }}`. The sentence stays one message, so a
 * language can put the pieces in its own order; a slot the message does not name is not shown.
 */
export function Template({
  text,
  slots,
}: {
  readonly text: string;
  readonly slots: Readonly<Record<string, ReactNode>>;
}) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(SLOT)) {
    const name = match[1] ?? '';
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(<Fragment key={parts.length}>{slots[name] ?? match[0]}</Fragment>);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
