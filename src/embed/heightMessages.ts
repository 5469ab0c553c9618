/**
 * The messages an embedded page (`?embed=1`) posts to its parent window, and nothing else.
 *
 * Outgoing (child → parent), posted whenever the content height changes, in three formats so any
 * host can listen without our script:
 *   1. ours:  { type: 'cis-explainer:height', height, id }   (id = the `childId` parameter or null)
 *   2. AMP:   { sentinel: 'amp', type: 'embed-size', height } (amp-iframe resizing)
 *   3. Pym.js: 'pymxPYMx<childId>xPYMxheightxPYMx<height>'    (only when `childId` is given)
 * Each carries a height in whole CSS pixels and nothing else: no URL, no title, no state.
 *
 * In a frame WordPress made (a valid `#?secret=` in its address, wordPressEmbed.ts), also
 * WordPress's `{ message: 'height', value, secret }`, and `{ message: 'link', … }` for a link.
 *
 * Incoming (parent → child): one message only, and only in WordPress's frame: the parent
 * window's `{ message: 'ready', secret }` with the frame's own secret, which has the height sent
 * again (useHeightReporter.ts). Any other message, or one from another window, changes nothing.
 * Should another be added, it must check `event.source`, validate `event.data` as strictly as
 * public/embed.js does (tests/unit/embed/embedScript.test.ts), and be listed here.
 */

export const HEIGHT_MESSAGE_TYPE = 'cis-explainer:height';
/** No page of ours is taller; anything above is a bug or a forgery (public/embed.js agrees). */
export const MAX_HEIGHT = 20_000;

/** Our own format: the one public/embed.js accepts. */
export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  /** Content height in CSS pixels, 0–20000. */
  readonly height: number;
  /** The `childId` the page was given (Pym.js parents add one), or null. */
  readonly id?: string | null;
}

/** AMP's `amp-iframe` resize request. */
export interface AmpEmbedSizeMessage {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

/** Any of the three formats; Pym.js's is a plain string. */
export type OutgoingMessage = HeightMessage | AmpEmbedSizeMessage | string;

/**
 * The messages announcing one height: ours and AMP's always, Pym.js's only with a childId (a Pym
 * parent matches on it). The height is rounded up to whole pixels so all formats agree.
 */
export function heightMessages(height: number, childId: string | null): OutgoingMessage[] {
  const px = Math.ceil(height);
  const messages: OutgoingMessage[] = [
    { type: HEIGHT_MESSAGE_TYPE, height: px, id: childId },
    { sentinel: 'amp', type: 'embed-size', height: px },
  ];
  if (childId !== null) messages.push(`pymxPYMx${childId}xPYMxheightxPYMx${px}`);
  return messages;
}
