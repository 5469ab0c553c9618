import {
  createContext,
  createElement,
  memo,
  Suspense,
  use,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { ComponentType } from 'react';
import { loadPart } from './deferredParts';
import type { DeferredPart } from './deferredParts';

/**
 * True while the prerendered page is hydrated: parts then keep their server HTML, already readable
 * and with working links, and load only when the reader comes near them. Otherwise (a deep link,
 * an embed) nothing is on screen yet, so parts load at once.
 */
export const DeferUntilNear = createContext(false);

/**
 * How far ahead of the viewport a part starts loading: one screen, so it is ready when reached.
 * In an embed, when it comes into view: a frame from another site is seen through its host's
 * viewport, where browsers ignore a root margin, so that is when it loads in a story anyway; its
 * own page, opened on its own, now loads the same as in a frame.
 */
const AHEAD = { page: '100% 0px', embed: '0px' };

/** The root margin a part (or the sources list) starts loading at, on a page or in an embed. */
export function aheadOf(embed: boolean): string {
  return embed ? AHEAD.embed : AHEAD.page;
}

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

  // True once the part's own component is on the page with its handlers (hydrated or rendered).
  const live = useRef(false);
  // A button pressed while the part was still server HTML. React drops such a click (it cannot
  // hydrate the part in time), so the press is repeated once the part is live.
  const missed = useRef<Element | null>(null);
  // Detaches the document listeners below: once the part is live they have nothing left to do.
  const stopListening = useRef(() => {});
  const onLive = useCallback(() => {
    live.current = true;
    stopListening.current();
    const target = missed.current;
    missed.current = null;
    if (!target?.isConnected) return;
    // An SVG shape acting as a button (the membership chart's segments) has no click() method.
    if (target instanceof HTMLElement) target.click();
    else target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // Listened for on the document, in the capture phase: React stops these events at its root
    // while their target is still server HTML, so they would never reach the part's own box.
    const onReaderInside = (event: Event) => {
      if (live.current || !(event.target instanceof Element) || !element.contains(event.target)) {
        return;
      }
      // Tabbing or clicking into it before it is near (find in page, a link): it is needed now.
      gate.open();
      if (event.type === 'click') missed.current = event.target.closest('button, [role="button"]');
    };
    const events = ['focusin', 'pointerdown', 'click'];
    events.forEach((type) => document.addEventListener(type, onReaderInside, true));
    stopListening.current = () =>
      events.forEach((type) => document.removeEventListener(type, onReaderInside, true));
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              if (!entries.some((entry) => entry.isIntersecting)) return;
              gate.open();
              observer?.disconnect();
            },
            {
              rootMargin:
                part.ahead ?? aheadOf(document.documentElement.dataset['embed'] === 'true'),
            },
          );
    if (observer) observer.observe(element);
    else gate.open();
    return () => {
      observer?.disconnect();
      stopListening.current();
    };
  }, [gate, part.ahead]);

  return (
    <div ref={box} className="deferred">
      <Suspense fallback={null}>
        <Loaded part={part} ready={gate.ready} props={props} onLive={onLive} />
      </Suspense>
    </div>
  );
}

interface LoadedProps<P> {
  readonly part: DeferredPart<P>;
  readonly ready: Promise<ComponentType<P>>;
  readonly props: P;
  readonly onLive: () => void;
}

function Loaded<P extends object>({ part, ready, props, onLive }: LoadedProps<P>) {
  return (
    <>
      <SuspendingPart part={part} props={props} ready={ready} />
      <Live onLive={onLive} />
    </>
  );
}

/**
 * Renders `part` at once if its code is in; otherwise suspends, inside the caller's Suspense, until
 * `ready` (by default, the part's own loading) resolves.
 */
export function SuspendingPart<P extends object>({
  part,
  props,
  ready,
}: {
  readonly part: DeferredPart<P>;
  readonly props: P;
  readonly ready?: Promise<ComponentType<P>>;
}) {
  // The same component every time (one per part, loaded once), so its state is kept.
  if (part.Component) return createElement(part.Component, props);
  return <Waiting ready={ready ?? loadPart(part)} props={props} />;
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

/** Draws nothing; its effect runs once the part beside it has been committed, handlers and all. */
export function Live({ onLive }: { readonly onLive: () => void }) {
  useEffect(onLive, [onLive]);
  return null;
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
