/**
 * Whether this page may save a file. A frame sandboxed without `allow-downloads` may not, and the
 * browser then refuses without telling the page. Its frame element says so when the host is of
 * the same origin; a sandbox without `allow-same-origin` shows only as an opaque origin ('null'),
 * whose flags cannot be read: 'unknown'. A cross-origin frame that is not sandboxed may.
 */
export type DownloadPermission = 'allowed' | 'blocked' | 'unknown';

export function downloadPermission(win: Window): DownloadPermission {
  if (win.self === win.top) return 'allowed';
  let frame: Element | null = null;
  try {
    frame = win.frameElement;
  } catch {
    // A cross-origin host: its frame element is not ours to read.
  }
  if (frame) {
    const sandbox = frame.getAttribute('sandbox');
    if (sandbox === null) return 'allowed';
    return sandbox.split(/\s+/).includes('allow-downloads') ? 'allowed' : 'blocked';
  }
  return win.origin === 'null' ? 'unknown' : 'allowed';
}

/** How long a file's address is kept for the browser to read it from: then it is let go. */
const KEEP_MS = 60_000;

/**
 * Hands `blob` to the browser as a download named `name`, through a link to a blob: address (no
 * data leaves the page, and nothing is parsed as HTML, so the Trusted Types policy has no say).
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_MS);
}
