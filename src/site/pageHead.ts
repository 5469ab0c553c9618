import { LAST_UPDATED } from '../data/lastUpdated';
import { STATUS_CHANGES } from '../data/statusChanges';
import type { CountryCode, StatusChange } from '../data/types';
import type { Lang, Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { historyOf, statusPeriods } from '../model/status';
import { EDITIONS } from '../i18n/editions';
import { LANGS } from '../i18n/locale';
import { rootFrom } from '../options/pages';
import { TIMELINE_END, TIMELINE_START } from '../model/timeline';
import { fullPage, oembedPath, pageOf } from './sitePages';
import type { PageSpec } from './sitePages';

/** The share image's size in pixels: what Open Graph and Twitter's large card expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The statuses in which a state takes part in the CIS: the start of its "party since". */
const TAKING_PART = new Set(['founding-party', 'member', 'associate']);

/** Everything a page's <head> says about it, its addresses absolute when the site's is known. */
export interface PageHead {
  readonly lang: string;
  /** The BCP 47 tag: 'en-GB'. */
  readonly tag: string;
  readonly title: string;
  readonly description: string;
  readonly siteName: string;
  /** The page's own address: absolute with a site URL, else relative to the page itself. */
  readonly url: string;
  readonly image: string;
  readonly imageAlt: string;
  /** The same page in every language, and x-default (English): absolute or relative as `url`. */
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
  /** Structured data: the article, and the data set of its downloads. */
  readonly jsonLd: readonly object[];
  /** The page's oEmbed document (site/oembed.ts): only with a site URL, as it must be absolute. */
  readonly oembed: string | null;
}

/** Where a page's share image is written, relative to the site's root. */
export function cardPath(page: PageSpec): string {
  return `og/${EDITIONS[page.lang].dir}${page.country ? page.country.toLowerCase() : 'home'}.png`;
}

/**
 * A state's headline, from its status history alone: the status it holds at the end of the
 * record, the year it first took part, the year of its first member-state period.
 */
export function countryHeadline(
  locale: Locale<Messages>,
  country: CountryCode,
  changes: readonly StatusChange[] = STATUS_CHANGES,
): string {
  const { m } = locale;
  const periods = statusPeriods(changes, country);
  const last = periods[periods.length - 1];
  const first = historyOf(changes, country).find((c) => TAKING_PART.has(c.status));
  // Member years come from the first member-state period, which the Charter's entry into force
  // bounds, never from the first taking part (Georgia: a party from 1993, a member from 1994).
  const member = periods.find((p) => p.status === 'member');
  const since = last?.change?.from ?? '';
  return m.pages.headline[last?.status ?? 'not-yet-joined']({
    country,
    name: m.countries[country],
    joined: first ? locale.date(first.from.slice(0, 4)) : '',
    memberYear: member ? member.start.slice(0, 4) : '',
    since: since && locale.date(since),
    sinceYear: since.slice(0, 4),
  });
}

/** A state's description: its history, step by step, in one sentence. */
export function countryDescription(
  locale: Locale<Messages>,
  country: CountryCode,
  changes: readonly StatusChange[] = STATUS_CHANGES,
): string {
  const { m } = locale;
  // "Not yet joined" opens some records as a starting point, not as something that happened.
  const steps = historyOf(changes, country)
    .filter((c) => c.status !== 'not-yet-joined')
    .map((c) => m.pages.step(m.pages.statusOf(c.status, country), locale.date(c.from)));
  return m.pages.description(m.countries[country], locale.list(steps));
}

/**
 * What the page covers and when its facts were last checked, as plain text (the share card's
 * line), so no copy of the page reads as today's.
 */
export function periodWords(locale: Locale<Messages>, form: 'card'): string {
  const date = (day: string) => locale.date(day);
  return locale.m.story.period[form](date(TIMELINE_START), date(TIMELINE_END), date(LAST_UPDATED));
}

/** The <title> of the page for `country`, or of the home page. */
export function pageTitle(locale: Locale<Messages>, country: CountryCode | null): string {
  const { m } = locale;
  return country ? m.pages.title(countryHeadline(locale, country), m.pages.site) : m.page.title;
}

/**
 * A page's head, pure: the same function for every page and language. `siteUrl` (ending in '/')
 * makes the addresses absolute, as share scrapers require; without it they are relative to the
 * page, so the build works from any folder but shared links show no image.
 */
export function pageHead(
  locale: Locale<Messages>,
  page: PageSpec,
  siteUrl: string | null,
): PageHead {
  const { m } = locale;
  const base = siteUrl ?? rootFrom(page.path);
  // An embed's page is the home page in a frame: its address for sharing and search is that page's.
  const url = `${base}${fullPage(page).path}`;
  const image = `${base}${cardPath(page)}`;
  const site = m.pages.site;
  const title = pageTitle(locale, page.country);
  const description = page.country ? countryDescription(locale, page.country) : m.page.description;
  // The span the page covers, so no reader or search engine takes 2025's statuses for today's.
  const temporalCoverage = `${TIMELINE_START}/${TIMELINE_END}`;
  const publisher = { '@type': 'Organization', name: site };
  const files = (['csv', 'json'] as const).map((format) => ({
    '@type': 'DataDownload',
    encodingFormat: format === 'csv' ? 'text/csv' : 'application/json',
    contentUrl: `${base}${dataPath('statuses', format, page.lang)}`,
  }));
  return {
    lang: locale.lang,
    tag: locale.tag,
    title,
    description,
    siteName: site,
    url,
    image,
    imageAlt: page.country ? m.pages.imageAltCountry(m.countries[page.country]) : m.pages.imageAlt,
    alternates: [
      ...LANGS.map((lang) => ({
        hreflang: lang,
        href: `${base}${pageOf(lang, page.country).path}`,
      })),
      { hreflang: 'x-default', href: `${base}${pageOf('en', page.country).path}` },
    ],
    oembed: siteUrl ? `${siteUrl}${oembedPath(page)}` : null,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: title,
        description,
        inLanguage: locale.tag,
        url,
        image: [image],
        dateModified: LAST_UPDATED,
        temporalCoverage,
        author: publisher,
        publisher,
      },
      {
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        name: m.downloads.files.statuses,
        description: m.pages.datasetDescription,
        inLanguage: locale.tag,
        url,
        dateModified: LAST_UPDATED,
        temporalCoverage,
        creator: publisher,
        distribution: files,
      },
    ],
  };
}

/** Where the build writes a download's static copy, relative to the site's root. */
export function dataPath(name: string, format: 'csv' | 'json', lang: Lang = 'en'): string {
  return `data/${EDITIONS[lang].dir}cis-${name}.${format}`;
}
