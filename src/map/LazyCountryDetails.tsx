import { createElement, use } from 'react';
import type { ComponentProps } from 'react';
import type { CountryDetails as Details } from './CountryDetails';

type Props = ComponentProps<typeof Details>;

// The details panel (and the contested points it quotes) is needed only once a state is chosen,
// so it is not part of the first view. Set once its code is in, so later renders never suspend.
let loaded: typeof Details | undefined;
let loading: Promise<unknown> | undefined;

/** Fetches the details panel's code (once); resolves when it can render without suspending. */
export function preloadCountryDetails(): Promise<unknown> {
  loading ??= import('./CountryDetails').then((module) => (loaded = module.CountryDetails));
  return loading;
}

/** CountryDetails, loaded on demand: suspends (inside the caller's Suspense) until its code is in. */
export function LazyCountryDetails(props: Props) {
  // The same component every time: it is loaded once.
  if (loaded) return createElement(loaded, props);
  use(preloadCountryDetails());
  return createElement(loaded ?? missing(), props);
}

function missing(): never {
  throw new Error('The details panel did not load');
}
