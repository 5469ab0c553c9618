import { describe, expect, it } from 'vitest';
import { robotsWithSitemap, sitemapXml } from '../../../src/site/sitemap';
import { FULL_PAGES } from '../../../src/site/sitePages';

const SITE = 'https://example.org/cis/';

describe('sitemap', () => {
  it('lists the 16 pages of each edition at absolute addresses', () => {
    const doc = new DOMParser().parseFromString(sitemapXml(SITE, FULL_PAGES), 'application/xml');
    const locs = [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent);
    expect(locs).toHaveLength(32);
    expect(new Set(locs).size).toBe(32);
    expect(locs[0]).toBe(SITE);
    expect(locs).toContain('https://example.org/cis/country/ge/');
    expect(locs).toContain('https://example.org/cis/ru/country/ge/');
    for (const loc of locs)
      expect(loc).toMatch(/^https:\/\/example\.org\/cis\/(ru\/)?(country\/[a-z]{2}\/)?$/);
  });

  it('adds a Sitemap line to robots.txt', () => {
    expect(robotsWithSitemap('User-agent: *\nAllow: /\n', SITE)).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://example.org/cis/sitemap.xml\n',
    );
  });
});
