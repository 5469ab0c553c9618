import { parentWindow } from './useHeightReporter';
import { heightMessages } from './heightMessages';
import type { OutgoingMessage } from './heightMessages';
import {
  isWordPressReady,
  wordPressHeight,
  wordPressLink,
  wordPressSecret,
} from './wordPressEmbed';

/**
 * In an embed, tells the parent window the content height whenever it changes, so the host can
 * size the iframe (see heightMessages.ts for the formats). Event-driven, never polling: a
 * ResizeObserver schedules at most one measurement per animation frame, and a message goes out
 * only when the measured height differs from the last one sent. Does nothing when the page is not
 * framed. Returns what stops it.
 *
 * targetOrigin is '*' on purpose: anyone may embed the page, so the parent's origin is unknown
 * (and unreadable from a sandboxed frame), and the messages carry only a number plus the id the
 * parent itself chose — layout facts any embedder can already see, so nothing leaks.
 */
export function startHeightReporter(childId: string | null): () => void {
  const parent = parentWindow();
  if (parent === null) return () => {};
  const content = document.getElementById('root') ?? document.body;
  // A frame WordPress made (wp-embed.js) speaks its protocol too; see wordPressEmbed.ts.
  const secret = wordPressSecret(window.location.hash);
  let frame = 0;
  let sent = -1;

  const post = (message: OutgoingMessage | object) => {
    try {
      parent.postMessage(message, '*');
    } catch {
      // A parent torn down mid-call (or an exotic sandbox) must not break the page.
    }
  };
  let timer = 0;
  const report = () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    frame = 0;
    const height = contentHeight(content);
    if (height === sent) return;
    sent = height;
    for (const message of heightMessages(height, childId)) post(message);
    if (secret !== null) post(wordPressHeight(height, secret));
  };
  const schedule = () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(report);
    // WordPress hides its frame until the first height arrives, and a hidden frame gets no
    // animation frames: there a timer stands in.
    if (secret !== null) timer = window.setTimeout(report, 200);
  };
  // WordPress's host says `ready` once it listens: the height again, to it alone. Any other
  // message, or one from another window, is ignored.
  const onMessage = (event: MessageEvent) => {
    if (secret === null || event.source !== parent || !isWordPressReady(event.data, secret)) return;
    sent = -1;
    schedule();
  };
  // Its sandbox blocks new windows: a link meant for one is handed to the host to open.
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (secret === null || event.defaultPrevented || !(link instanceof HTMLAnchorElement)) return;
    if (link.target !== '_blank') return;
    const message = wordPressLink(link.href, secret);
    if (message === null) return;
    event.preventDefault();
    post(message);
  };
  if (secret !== null) {
    window.addEventListener('message', onMessage);
    document.addEventListener('click', onClick);
  }
  const stop = () => {
    window.removeEventListener('message', onMessage);
    document.removeEventListener('click', onClick);
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };

  schedule();
  if (typeof ResizeObserver === 'undefined') return stop;
  const observer = new ResizeObserver(schedule);
  observer.observe(content);
  if (content !== document.body) observer.observe(document.body);
  return () => {
    observer.disconnect();
    stop();
  };
}

/**
 * The height the frame needs to show `element` (the app's root) without scrolling: its bottom edge
 * in document coordinates plus the margins and padding below it. Not
 * `documentElement.scrollHeight`: inside an iframe that never drops below the frame's own height,
 * so the frame could grow but never shrink back.
 */
export function contentHeight(element: HTMLElement): number {
  const view = element.ownerDocument.defaultView ?? window;
  const below = (
    el: Element,
    ...sides: ('marginBottom' | 'paddingBottom' | 'borderBottomWidth')[]
  ) => {
    const style = view.getComputedStyle(el);
    return sides.reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0);
  };
  let bottom =
    element.getBoundingClientRect().bottom + view.scrollY + below(element, 'marginBottom');
  const body = element.ownerDocument.body;
  if (element !== body) bottom += below(body, 'paddingBottom', 'borderBottomWidth', 'marginBottom');
  return Math.max(0, Math.ceil(bottom));
}
