import { useEffect } from 'react';

/**
 * In an embed, reports the content height to the parent window (heightReporter.ts). Its code,
 * with the message formats and WordPress's protocol, loads only in an embed, so the full pages'
 * first view does not carry it.
 */
export function useHeightReporter(enabled: boolean, childId: string | null): void {
  useEffect(() => {
    // Not framed (an embed's page opened on its own): nothing to tell, nothing to load.
    if (!enabled || parentWindow() === null) return;
    let live = true;
    let stop = () => {};
    import('./heightReporter').then(
      ({ startHeightReporter }) => {
        if (live) stop = startHeightReporter(childId);
      },
      // Offline mid-load: the frame keeps its host's height; nothing else breaks.
      () => {},
    );
    return () => {
      live = false;
      stop();
    };
  }, [enabled, childId]);
}

/** The parent window, or null when the page is not framed (or the parent cannot be reached). */
export function parentWindow(): Window | null {
  try {
    return window.parent !== window ? window.parent : null;
  } catch {
    return null;
  }
}
