import { useCallback, useEffect, useState } from 'react';

/** How long the two-finger hint stays before it fades. */
const HINT_MS = 2500;

/**
 * The first one-finger swipe on the map says how to move it; then the hint fades, for good.
 * Returns the hint's state and what a swipe calls, as useState returns a value and its setter.
 */
export function useSwipeHint(): readonly [hint: 'never' | 'shown' | 'gone', onSwipe: () => void] {
  const [hint, setHint] = useState<'never' | 'shown' | 'gone'>('never');
  const onSwipe = useCallback(
    () => setHint((current) => (current === 'never' ? 'shown' : current)),
    [],
  );
  useEffect(() => {
    if (hint !== 'shown') return;
    const timer = setTimeout(() => setHint('gone'), HINT_MS);
    return () => clearTimeout(timer);
  }, [hint]);
  return [hint, onSwipe];
}
