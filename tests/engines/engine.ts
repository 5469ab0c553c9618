/**
 * What the cross-engine scenarios ask of a browser, whichever protocol drives it: Firefox over
 * WebDriver BiDi (firefoxEngine.ts), WebKit over W3C WebDriver (webkitEngine.ts). Pointer, touch
 * and keys go through the protocol's input actions, so the page gets real, trusted events.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}
export type Key = 'Tab' | 'ArrowRight' | 'Home' | 'End' | 'Enter';
export type Scheme = 'light' | 'dark';

export interface Engine {
  readonly name: string;
  /** The browser's own version string, for the report. */
  readonly version: string;
  /** Sizes the viewport (CSS px) and sets the system colour scheme, then opens `url`. */
  open(url: string, options?: { width?: number; height?: number; scheme?: Scheme }): Promise<void>;
  /** Runs `fn` in the page's main frame (it must not close over anything) and returns its result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  move(point: Point): Promise<void>;
  click(point: Point): Promise<void>;
  tap(point: Point): Promise<void>;
  press(key: Key): Promise<void>;
  back(): Promise<void>;
  /** Console errors and uncaught exceptions since the last call (and forgets them). */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** Polls `check` until it returns a truthy value; throws with `what` after `timeout` ms. */
export async function until<T>(
  what: string,
  check: () => Promise<T>,
  timeout = 20_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
