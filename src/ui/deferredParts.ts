import type { ComponentType } from 'react';

/**
 * A part of the page whose code (and the data only it uses) loads on demand: below the fold, or
 * shown only after the reader asks for it. `Component` is set once `load` has resolved.
 */
export interface DeferredPart<P> {
  readonly load: () => Promise<ComponentType<P>>;
  /** How far ahead of the viewport it starts loading, as a root margin; one screen by default. */
  readonly ahead?: string | undefined;
  Component?: ComponentType<P>;
  loading?: Promise<ComponentType<P>>;
}

/** How a part is declared beyond its loader. */
export interface PartOptions {
  /** How far ahead of the viewport it starts loading (Deferred), as a root margin. */
  readonly ahead?: string;
  /**
   * False for a part the build's prerender must never load: its code cannot run outside a
   * browser (Leaflet reads `window` as it loads), and the page's HTML has a stand-in for it.
   */
  readonly prerender?: boolean;
}

/** Every declared part the prerender loads, so that it renders them synchronously into the HTML. */
const PRERENDERED: DeferredPart<never>[] = [];

/**
 * Declares a part: the one way the app loads code on demand (a part below the fold, a dialog, the
 * Leaflet map). Keep the result in a module constant so every render sees the same part.
 */
export function deferredPart<P>(
  load: () => Promise<ComponentType<P>>,
  options: PartOptions = {},
): DeferredPart<P> {
  const part: DeferredPart<P> = { load, ahead: options.ahead };
  if (options.prerender !== false) PRERENDERED.push(part as DeferredPart<never>);
  return part;
}

/** Loads a part's code (once); resolves when the part can render without suspending. */
export function loadPart<P>(part: DeferredPart<P>): Promise<ComponentType<P>> {
  part.loading ??= part.load().then((Component) => (part.Component = Component));
  return part.loading;
}

/** Loads every part the prerender may render: the build's prerender renders them into the HTML. */
export function loadAllParts(): Promise<unknown> {
  return Promise.all(PRERENDERED.map(loadPart));
}
