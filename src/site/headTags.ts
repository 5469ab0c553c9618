import { CARD_SIZE } from './pageHead';
import type { PageHead } from './pageHead';
import { escapeHtml } from '../ui/escapeHtml';

const absolute = (url: string) => /^https?:\/\//.test(url);

/**
 * The head's tags as HTML, for the prerender to write in: description, canonical and hreflang (with a site
 * address), Open Graph,
 * Twitter's large card and the JSON-LD (data, not script: the strict policy lets it be).
 */
export function headTags(head: PageHead): string {
  const meta = (attr: 'name' | 'property', key: string, value: string | number) =>
    `<meta ${attr}="${key}" content="${escapeHtml(String(value))}" />`;
  // "<" inside JSON-LD could close the script element: written as its JSON escape.
  const json = (data: object) => JSON.stringify(data).replace(/</g, '\\u003c');
  return [
    // First, well inside the 150 kB of a page that WordPress reads to discover it.
    ...(head.oembed
      ? [
          `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(head.oembed)}" title="${escapeHtml(head.title)}" />`,
        ]
      : []),
    meta('name', 'description', head.description),
    // A canonical or hreflang address must be absolute (search engines ignore relative ones and
    // Lighthouse fails them): written only when the build knows the site's address (SITE_URL).
    ...(absolute(head.url)
      ? [
          `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
          ...head.alternates.map(
            ({ hreflang, href }) =>
              `<link rel="alternate" hreflang="${escapeHtml(hreflang)}" href="${escapeHtml(href)}" />`,
          ),
        ]
      : []),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', head.siteName),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.url),
    meta('property', 'og:image', head.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', CARD_SIZE.width),
    meta('property', 'og:image:height', CARD_SIZE.height),
    meta('property', 'og:image:alt', head.imageAlt),
    meta('property', 'og:locale', head.tag.replace('-', '_')),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.image),
    meta('name', 'twitter:image:alt', head.imageAlt),
    ...head.jsonLd.map((data) => `<script type="application/ld+json">${json(data)}</script>`),
  ].join('\n    ');
}
