import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { EDITIONS } from '../i18n/editions';
import { embedSnippets, INITIAL_HEIGHTS } from '../embed/embedCode';
import { EMBED_THEME } from '../options/pages';
import { CARD_SIZE, cardPath, pageTitle } from './pageHead';
import { oembedPage } from './sitePages';
import type { PageSpec } from './sitePages';

/** How long a consumer may keep a document, in seconds: a day, as the facts change seldom. */
export const OEMBED_CACHE_AGE = 86_400;
/** The width a consumer is told to give the frame; the frame itself fills its column. */
export const OEMBED_WIDTH = 640;

/** An oEmbed 1.0 `rich` response (oembed.com, section 2.3.4), all addresses absolute. */
export interface OembedDocument {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly title: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly thumbnail_url: string;
  readonly thumbnail_width: number;
  readonly thumbnail_height: number;
  readonly cache_age: number;
}

/**
 * The oEmbed document of an embed's page, for the site at `siteUrl` (absolute, ending in '/'):
 * its html is the embed dialog's self-resizing snippet (a CMS that keeps only the iframe, as
 * WordPress does, still gets a frame that sizes itself: wordPressEmbed.ts), its thumbnail the
 * state's share image.
 */
export function oembedDocument(
  locale: Locale<Messages>,
  page: PageSpec,
  siteUrl: string,
): OembedDocument {
  const { m } = locale;
  const embed = oembedPage(page);
  const view = embed.embed ?? 'map';
  const edition = `${siteUrl}${EDITIONS[page.lang].dir}`;
  const search = embed.country ? `?country=${embed.country}` : '';
  const { responsive } = embedSnippets(
    edition,
    search,
    { view, theme: EMBED_THEME },
    m.embed.frameTitle,
    siteUrl,
  );
  return {
    version: '1.0',
    type: 'rich',
    title: pageTitle(locale, embed.country),
    html: responsive,
    width: OEMBED_WIDTH,
    height: INITIAL_HEIGHTS[view],
    provider_name: m.pages.site,
    provider_url: edition,
    thumbnail_url: `${siteUrl}${cardPath(embed)}`,
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
