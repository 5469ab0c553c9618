import { useEffect } from 'react';

/** About one event every 1.5 s: slow enough to read the map's change. */
export const PLAY_INTERVAL_MS = 1500;

/**
 * While playing, calls `step` every interval; `step` returns false at the end. Any pointer or
 * key action elsewhere on the page calls `stop` (the Play button itself is exempt, so it toggles).
 */
export function usePlay(playing: boolean, step: () => boolean, stop: () => void) {
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      if (!step()) stop();
    }, PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, step, stop]);

  useEffect(() => {
    if (!playing) return;
    const interrupt = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.play')) return;
      stop();
    };
    document.addEventListener('pointerdown', interrupt, true);
    document.addEventListener('keydown', interrupt, true);
    return () => {
      document.removeEventListener('pointerdown', interrupt, true);
      document.removeEventListener('keydown', interrupt, true);
    };
  }, [playing, stop]);
}
