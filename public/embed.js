/*! CIS explainer embed.js (MIT): sizes <iframe data-cis-explainer> to its content.
 * Trusts a message only if it comes from that iframe's window (event.source) AND that iframe's
 * src origin (or 'null' when the host sandboxed it without allow-same-origin), and only our format
 * {type:'cis-explainer:height', height}, 0-20000. It sets the height, nothing else: it never
 * navigates, scrolls or evaluates anything on the child's word. */
(() => {
  'use strict';
  const KEY = '__cisExplainerEmbed';
  if (window[KEY]) return; // loaded twice: one listener is enough
  window[KEY] = true;
  const FRAMES = 'iframe[data-cis-explainer]';
  const TYPE = 'cis-explainer:height';
  const MIN = 100;
  const MAX = 20000;
  const seen = new WeakSet();

  const prepare = (frame) => {
    if (seen.has(frame)) return;
    seen.add(frame);
    const style = frame.style;
    if (!style.width && !frame.hasAttribute('width')) style.width = '100%';
    if (!style.border) style.border = '0';
    // Only before the frame starts loading: on a frame already loading, Firefox abandons the load
    // and starts it again (the embed fetched twice). The embed code has the attribute itself.
    const started = frame.hasAttribute('src') || frame.hasAttribute('srcdoc');
    if (!started && !frame.hasAttribute('loading')) frame.setAttribute('loading', 'lazy');
    if (!style.height && !frame.hasAttribute('height')) style.height = '600px';
    if (!frame.title) {
      console.warn('CIS explainer: give the iframe a title for screen readers', frame);
    }
  };
  const scan = () => document.querySelectorAll(FRAMES).forEach(prepare);

  // A frame sandboxed without allow-same-origin posts with origin 'null'; only the event.source
  // check (the message really comes from this frame's window) makes accepting it safe.
  const originOk = (frame, origin) => {
    try {
      if (origin === new URL(frame.src, location.href).origin) return true;
    } catch (e) {
      return false;
    }
    const sandbox = frame.getAttribute('sandbox');
    return origin === 'null' && sandbox !== null && !/\ballow-same-origin\b/i.test(sandbox);
  };

  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    const height = data.height;
    if (typeof height !== 'number' || !(height >= 0 && height <= MAX)) return; // NaN fails too
    if (!event.source) return;
    for (const frame of document.querySelectorAll(FRAMES)) {
      if (frame.contentWindow !== event.source) continue;
      if (!originOk(frame, event.origin)) return;
      prepare(frame); // frames added after this script ran
      frame.style.height = Math.max(MIN, Math.round(height)) + 'px';
      return;
    }
  });

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  // Host pages mutate a lot (ads, comments): look for new frames at most once a frame.
  let queued = false;
  const queueScan = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      scan();
    });
  };
  new MutationObserver(queueScan).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
})();
