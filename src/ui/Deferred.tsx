import {
  createContext,
  createElement,
  memo,
  Suspense,
  use,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { ComponentType } from 'react';

/**
 * A below-the-fold part of the page whose code (and the data only it uses) loads on demand.
 * `Component` is set once `load` has resolved.
 */
export interface DeferredPart<P> {
  readonly load: () => Promise<ComponentType<P>>;
  Component?: ComponentType<P>;
  loading?: Promise<ComponentType<P>>;
}

const PARTS: DeferredPart<never>[] = [];

/** Declares a part; keep the result in a module constant so every render sees the same part. */
export function deferredPart<P>(load: () => Promise<ComponentType<P>>): DeferredPart<P> {
  const part: DeferredPart<P> = { load };
  PARTS.push(part as DeferredPart<never>);
  return part;
}

function loadPart<P>(part: DeferredPart<P>): Promise<ComponentType<P>> {
  part.loading ??= part.load().then((Component) => (part.Component = Component));
  return part.loading;
}

/** Loads every declared part: the build's prerender renders them all, synchronously, into the HTML. */
export function loadAllParts(): Promise<unknown> {
  return Promise.all(PARTS.map(loadPart));
}

/**
 * True while the prerendered page is hydrated: parts then keep their server HTML, already readable
 * and with working links, and load only when the reader comes near them. Otherwise (a deep link,
 * an embed) nothing is on screen yet, so parts load at once.
 */
export const DeferUntilNear = createContext(false);

/** How far ahead of the viewport a part starts loading: one screen, so it is ready when reached. */
const AHEAD = '100% 0px';

function DeferredImpl<P extends object>({
  part,
  props,
}: {
  readonly part: DeferredPart<P>;
  readonly props: P;
}) {
  const waitUntilNear = useContext(DeferUntilNear);
  const box = useRef<HTMLDivElement>(null);
  // One promise per mounted part (never a new one per render), resolved when its code is in.
  const [gate] = useState(() => {
    let open = () => {};
    const near = new Promise<void>((resolve) => (open = resolve));
    const ready = waitUntilNear ? near.then(() => loadPart(part)) : loadPart(part);
    return { open, ready };
  });

  useEffect(() => {
    const element = box.current;
    if (!element || part.Component || typeof IntersectionObserver === 'undefined') {
      gate.open();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) gate.open();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    // A reader who tabs or clicks into it before it is near (find in page, a link) needs it now.
    // Listened for on the document, in the capture phase: React stops these events at its root
    // while their target is still server HTML, so they would never reach the part's own box.
    const openIfInside = (event: Event) => {
      if (event.target instanceof Node && element.contains(event.target)) gate.open();
    };
    document.addEventListener('focusin', openIfInside, true);
    document.addEventListener('pointerdown', openIfInside, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', openIfInside, true);
      document.removeEventListener('pointerdown', openIfInside, true);
    };
  }, [gate, part]);

  return (
    <div ref={box} className="deferred">
      <Suspense fallback={null}>
        <Loaded part={part} ready={gate.ready} props={props} />
      </Suspense>
    </div>
  );
}

function Loaded<P extends object>({
  part,
  ready,
  props,
}: {
  readonly part: DeferredPart<P>;
  readonly ready: Promise<ComponentType<P>>;
  readonly props: P;
}) {
  // The same component every time (one per part, loaded once), so its state is kept.
  if (part.Component) return createElement(part.Component, props);
  return <Waiting ready={ready} props={props} />;
}

/** Suspends until the code is in. During hydration React meanwhile leaves the server HTML as it is. */
function Waiting<P extends object>({
  ready,
  props,
}: {
  readonly ready: Promise<ComponentType<P>>;
  readonly props: P;
}) {
  return createElement(use(ready), props);
}

function sameProps(a: object, b: object): boolean {
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * Renders `part` with `props`. Memoised on the props' values: an update reaching a part that is
 * still waiting would make React drop its server HTML, so unchanged props must not re-render it.
 */
export const Deferred = memo(
  DeferredImpl,
  (before, after) => before.part === after.part && sameProps(before.props, after.props),
) as typeof DeferredImpl;
