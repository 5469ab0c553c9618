import { Suspense, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { SOURCES_PATH } from '../options/pages';
import { useLocale } from '../i18n/useLocale';
import { aheadOf, DeferUntilNear, Live, SuspendingPart } from '../ui/Deferred';
import { deferredPart } from '../ui/deferredParts';
import { usePageRoot } from '../ui/usePageRoot';

// The list and the corrections, with the full source records: never in the page's HTML (they
// were a third of it), only on the sources page's; here they come with their code.
const PAGE_SOURCES = deferredPart(
  () => import('./PageSources').then((module) => module.PageSources),
  { prerender: false },
);

/** The ids a link to the sources page may point at: an entry, a correction, or a heading. */
const ANCHOR = /^#((?:source|correction)-[\w-]+|sources-title|corrections-title)$/;

/**
 * The sources and the corrections at the foot of the page. Its HTML is a heading and a link to
 * the sources page (where citations without JavaScript lead); the list itself is drawn when the
 * reader comes within a screen of it, when the address names an entry, or when a citation is
 * followed with a plain click: then the page scrolls to the entry in place, as to any anchor.
 */
export function SourcesSection({ embed }: { readonly embed: boolean }) {
  const { m } = useLocale();
  const root = usePageRoot();
  const hydrating = useContext(DeferUntilNear);
  // False in the server's HTML and while hydrating it, so both show the same heading and link;
  // a page drawn in the browser alone (a deep link) has no HTML to keep, and draws it at once.
  const [wanted, setWanted] = useState(() => !hydrating && typeof document !== 'undefined');
  /** The entry to scroll to once the list is drawn. */
  const target = useRef<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  /** True while the keyboard's focus is on the section's heading and link. */
  const hadFocus = useRef(false);
  // The root as the page now stands: selecting a state moves both the address and the root, and
  // a click is resolved against both as they are then.
  const rootNow = useRef(root);
  useEffect(() => {
    rootNow.current = root;
  }, [root]);

  useEffect(() => {
    const fromAddress = ANCHOR.exec(window.location.hash)?.[1];
    if (fromAddress) {
      target.current = fromAddress;
      // After the hydrated page's first commit, which must match the server's HTML.
      void Promise.resolve().then(() => setWanted(true));
    }
    // A plain click on a citation: the entry here, not the sources page. Modified and middle
    // clicks (a new tab or window) still open that page. Listened for in the capture phase: React
    // stops clicks inside parts still kept as server HTML (Deferred), citations among them.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link || link.target) return;
      const url = new URL(link.href, window.location.href);
      const anchor = ANCHOR.exec(url.hash)?.[1];
      const sourcesPage = new URL(`${rootNow.current}${SOURCES_PATH}`, window.location.href);
      if (!anchor || url.origin !== sourcesPage.origin) return;
      if (url.pathname !== sourcesPage.pathname) return;
      event.preventDefault();
      if (document.getElementById(anchor)) goTo(anchor);
      else {
        target.current = anchor;
        setWanted(true);
      }
    };
    document.addEventListener('click', onClick, true);
    // Where the keyboard was, for when the list replaces the heading and link it was on.
    const onFocusIn = () => {
      hadFocus.current = element?.contains(document.activeElement) ?? false;
    };
    document.addEventListener('focusin', onFocusIn);
    const element = box.current;
    const observer =
      element && typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver(
            (entries) => {
              if (entries.some((entry) => entry.isIntersecting)) setWanted(true);
            },
            // As a deferred part: one screen ahead on a page, in view in an embed.
            { rootMargin: aheadOf(embed) },
          )
        : null;
    if (element && observer) observer.observe(element);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('focusin', onFocusIn);
      observer?.disconnect();
    };
  }, [embed]);

  const onShown = useCallback(() => {
    const anchor = target.current;
    target.current = null;
    if (anchor) goTo(anchor);
    else if (hadFocus.current && document.activeElement === document.body) {
      // The link it was on has given way to the list: the keyboard goes on from its heading.
      const heading = document.getElementById('sources-title');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus({ preventScroll: true });
    }
  }, []);

  const stub = (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{m.sources.heading}</h2>
      <p>
        {`${m.sources.page.stub} `}
        <a
          href={`${root}${SOURCES_PATH}`}
          {...(embed ? { target: '_blank', rel: 'noopener' } : {})}
        >
          {m.sources.page.link}
        </a>
      </p>
    </section>
  );
  return (
    <div ref={box}>
      {wanted ? (
        <Suspense fallback={stub}>
          <SuspendingPart part={PAGE_SOURCES} props={{ embed }} />
          <Live onLive={onShown} />
        </Suspense>
      ) : (
        stub
      )}
    </div>
  );
}

/** To an entry as a link to it would go: the address names it, the page scrolls to it. */
function goTo(anchor: string) {
  if (window.location.hash === `#${anchor}`) document.getElementById(anchor)?.scrollIntoView();
  else window.location.hash = anchor;
}
