import { Fragment } from 'react';
import type { ReactNode } from 'react';

const SLOT = /\{(\w+)\}/g;

/**
 * A whole sentence from the catalogue with elements in it: "On {date}: {status}." with
 * `slots={{ date: <time …/>, status: <strong …/> }}`. The sentence stays one message, so a
 * language can put the pieces in its own order. Plain-text slots are joined into the text
 * around them (adjacent text nodes would cost a `<!-- -->` each in the prerendered HTML); a
 * placeholder without a slot stays visible rather than silently losing words.
 */
export function Template({
  text,
  slots,
}: {
  readonly text: string;
  readonly slots: Readonly<Record<string, ReactNode>>;
}) {
  const parts: ReactNode[] = [];
  let buffer = '';
  let last = 0;
  for (const match of text.matchAll(SLOT)) {
    buffer += text.slice(last, match.index);
    last = match.index + match[0].length;
    const slot = slots[match[1] ?? ''];
    if (slot === undefined || slot === null) buffer += match[0];
    else if (typeof slot === 'string' || typeof slot === 'number') buffer += String(slot);
    else {
      if (buffer) parts.push(buffer);
      buffer = '';
      parts.push(<Fragment key={parts.length}>{slot}</Fragment>);
    }
  }
  buffer += text.slice(last);
  if (buffer) parts.push(buffer);
  return <>{parts}</>;
}
