import { useSyncExternalStore } from 'react';
import type { Theme } from '../options/types';
import type { Scheme } from '../map/palette';

const QUERY = '(prefers-color-scheme: dark)';

let media: MediaQueryList | undefined;
/** One MediaQueryList for the page: matchMedia is not free, and snapshots are read every render. */
const darkQuery = () => (media ??= window.matchMedia(QUERY));

function subscribe(onChange: () => void) {
  const media = darkQuery();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The colour scheme in force: the URL's theme, or the reader's system preference for `auto`. */
export function useScheme(theme: Theme): Scheme {
  const prefersDark = useSyncExternalStore(
    subscribe,
    () => darkQuery().matches,
    () => false,
  );
  if (theme !== 'auto') return theme;
  return prefersDark ? 'dark' : 'light';
}
