import { useEffect } from 'react';

/**
 * In an embed, reports the content height to the parent window (heightReporter.ts). Its code,
 * with the message formats and WordPress's protocol, loads only in an embed, so the full pages'
 * first view does not carry it.
 */
export function useHeightReporter(enabled: boolean, childId: string | null): void {
  useEffect(() => {
    if (!enabled) return;
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
