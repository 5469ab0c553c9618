import type { PageSpec } from './sitePages';
import { escapeHtml } from '../ui/escapeHtml';

/** sitemap.xml for the pages, at `siteUrl` (absolute, ending in '/'): a sitemap needs absolute addresses. */
export function sitemapXml(siteUrl: string, pages: readonly PageSpec[]): string {
  const urls = pages.map(
    (page) => `  <url><loc>${escapeHtml(new URL(page.path, siteUrl).href)}</loc></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt with the sitemap's address added. */
export function robotsWithSitemap(robots: string, siteUrl: string): string {
  return `${robots.trimEnd()}\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`;
}
