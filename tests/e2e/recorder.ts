import type { Frame, Page } from '@playwright/test';

/*
 * What the security tests record in every frame of every page: CSP violations, uncaught errors
 * and the address as first read. Add `recorder` with page.addInitScript before navigating.
 */

/** What `recorder` records in every frame of every page. */
export type Recorded = Window &
  typeof globalThis & {
    __csp: { directive: string; blocked: string; sample: string }[];
    __errors: string[];
    __initialSearch: string;
    __xss?: unknown;
  };

/** Runs at document start in every frame: CSP violations, uncaught errors, the URL as first read. */
export function recorder() {
  const w = window as Recorded;
  w.__csp = [];
  w.__errors = [];
  w.__initialSearch = location.search;
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      w.__csp.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      }),
    true,
  );
  window.addEventListener('error', (event) => w.__errors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    w.__errors.push(`unhandledrejection: ${String(event.reason)}`),
  );
}

/** Lets queued events (securitypolicyviolation is dispatched in a task) arrive. */
export async function settle(page: Page | Frame, ms = 150): Promise<void> {
  await page.evaluate(
    (delay) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => requestAnimationFrame(() => resolve()), delay),
        ),
      ),
    ms,
  );
}

export const cspViolations = (page: Page | Frame) =>
  page.evaluate(() => (window as Recorded).__csp);
