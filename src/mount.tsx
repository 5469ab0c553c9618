import { startTransition, StrictMode, useLayoutEffect } from 'react';
import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import type { Locale } from './i18n/locale';
import type { Messages } from './i18n/messages';
import { LocaleContext } from './i18n/useLocale';
import { EVENTS } from './data/events';
import { QUOTE_IDS } from './data/quoteIds';
import { parseUrlOptions } from './options/parseUrlOptions';
import { restyledAttributes } from './options/restyledAttributes';
import { hydrateOrRender } from './options/hydrateOrRender';
import { DeferUntilNear } from './ui/Deferred';
import { loadPart } from './ui/deferredParts';
import { COUNTRY_DETAILS } from './map/countryDetailsPart';
import { editionRoot, onPage, pageOfPath, prerenderedOptions } from './options/pages';
import type { SiteAddress } from './app/useSelection';
import { PageRoot } from './ui/usePageRoot';
import { readBakedMap } from './map/baked/bakedShapes';
import { BakedMapContext } from './map/baked/BakedMapContext';
import { loadNoticeWords } from './i18n/noticeWords';

const KNOWN = {
  events: new Map(EVENTS.map((event) => [event.id, event.date])),
  quotes: new Set<string>(QUOTE_IDS),
};

/**
 * The options of an address: a state's page (country/ge/) selects it, an embed's page
 * (embed/map/) shows its view, unless the query says otherwise.
 */
function readAddress({ pathname, search }: Location) {
  const parsed = parseUrlOptions(search, KNOWN);
  return { ...parsed, options: onPage(parsed.options, search, pageOfPath(pathname)) };
}

// Composition root: read the URL once, bind the real dataset, mount (or hydrate) the app.
const { options, notices } = readAddress(window.location);
// What the page's HTML shows (the prerender drew it from the same function), and the way from
// its folder back to its edition's root.
const page = pageOfPath(window.location.pathname);
const prerendered = prerenderedOptions(page);
const pageRoot = editionRoot(page);
const site: SiteAddress = {
  root: new URL(pageRoot, window.location.href).href,
  read: () => readAddress(window.location).options,
  prerendered,
};

// The head's addresses are relative to the page's folder, so the site works from any folder of
// any host. Once the app moves the address to another page's (pushState to country/kz/), the
// browser resolves them again against it: it fetches the icon anew (country/kz/favicon.svg), and
// Vite's loader looks for its preloads by their resolved address. Those are pinned here, before
// the app can move, to what they mean on this page. Never the stylesheet: an address set again
// is a new load, and on a host without cache headers the browser drops the loaded sheet and
// fetches it again, painting a frame or two unstyled (a layout shift of 0.8–1.9). A loaded sheet
// is never fetched again, whatever its address would now resolve to.
for (const link of document.head.querySelectorAll<HTMLLinkElement>(
  'link[href]:is([rel~="icon"], [rel="modulepreload"])',
)) {
  link.setAttribute('href', link.href);
}

const root = document.documentElement;
for (const [name, value] of Object.entries(restyledAttributes(options))) {
  root.setAttribute(name, value);
}
if (options.embed) root.dataset['embed'] = 'true';

/** Mounts the app in the page's language; each edition's entry passes its own catalogue only. */
export function mount(locale: Locale<Messages>) {
  const container = document.getElementById('root');
  if (container) void start(container, locale);
}

async function start(container: HTMLElement, locale: Locale<Messages>) {
  // The prerendered HTML shows the default state: hydrate it only when that is what was asked for.
  const hydrate =
    hydrateOrRender({
      hasHtml: container.firstElementChild !== null,
      hasNotices: notices.length > 0,
      options,
      prerendered,
    }) === 'hydrate';
  // A link to a country opens with its details: their code first, so they draw with the page.
  // Awaited here, not at the module's top level: the details chunk imports from this one.
  if (options.country) await loadPart(COUNTRY_DETAILS).catch(() => undefined);
  // A notice about the address draws with the page: its words first (they are not in the catalogue).
  if (notices.length > 0) await loadNoticeWords(locale.lang).catch(() => undefined);
  // The drawn-in map, read once from the page before React takes it over (and, later, removes it).
  const baked = readBakedMap(document);
  const app = (
    <StrictMode>
      <LocaleContext.Provider value={locale}>
        <PageRoot.Provider value={pageRoot}>
          <DeferUntilNear.Provider value={hydrate}>
            <BakedMapContext.Provider value={baked}>
              <RevealWhenDrawn>
                <App options={options} notices={notices} site={site} />
              </RevealWhenDrawn>
            </BakedMapContext.Provider>
          </DeferUntilNear.Provider>
        </PageRoot.Provider>
      </LocaleContext.Provider>
    </StrictMode>
  );
  if (hydrate) {
    // In a transition, hydration yields to the browser between slices instead of one long task.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else createRoot(container).render(app);
}

/**
 * Lifts public/pending.js's cover once React has committed the asked-for state, before it paints,
 * and says so on <html data-app="ready">: from then on the page's controls have their handlers
 * (hydrated or rendered), which browser tests wait for.
 */
function RevealWhenDrawn({ children }: { readonly children: ReactNode }) {
  useLayoutEffect(() => {
    root.classList.remove('pending');
    root.dataset['app'] = 'ready';
  }, []);
  return children;
}
