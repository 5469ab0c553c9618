/**
 * WordPress's embed protocol, spoken by an embed in a frame that WordPress made (wp-embed.js):
 * WordPress keeps only a bare iframe from a discovered oEmbed provider, sandboxed with
 * `allow-scripts` alone, and adds `#?secret=<10 letters or digits>` to its address. The frame
 * then posts `{ message: 'height', value, secret }` to be sized, and `{ message: 'link', value,
 * secret }` for a link to open in the host's window (target=_blank is blocked in that sandbox);
 * the host posts `{ message: 'ready', secret }` when it is listening, for the height to be sent
 * again. Nothing else is read from the address or from another window.
 */

/** WordPress's secrets: wp_generate_password(10, false), ten letters or digits. */
const SECRET = /^[A-Za-z0-9]{10}$/;

/** The secret WordPress gave the frame in its address (`#?secret=…`), or null (not WordPress's). */
export function wordPressSecret(hash: string): string | null {
  const query = hash.indexOf('?');
  if (!hash.startsWith('#') || query < 0) return null;
  const secret = new URLSearchParams(hash.slice(query + 1)).get('secret');
  return secret !== null && SECRET.test(secret) ? secret : null;
}

/** WordPress's messages from the frame to the host. */
export interface WordPressMessage {
  readonly message: 'height' | 'link';
  readonly value: number | string;
  readonly secret: string;
}

/** The height in WordPress's form (a whole number of CSS pixels). */
export function wordPressHeight(height: number, secret: string): WordPressMessage {
  return { message: 'height', value: Math.ceil(height), secret };
}

/** A link for the host window to open, in WordPress's form; only http(s) addresses. */
export function wordPressLink(href: string, secret: string): WordPressMessage | null {
  return /^https?:$/.test(new URL(href).protocol) ? { message: 'link', value: href, secret } : null;
}

/** True for the host's `ready` with the frame's own secret: the one message the frame answers. */
export function isWordPressReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret: given } = data as { message?: unknown; secret?: unknown };
  return message === 'ready' && given === secret;
}
