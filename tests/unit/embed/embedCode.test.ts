import { describe, expect, it } from 'vitest';
import { cardUrl, embedSnippets, embedUrl, imageSnippet } from '../../../src/embed/embedCode';
import { EDITIONS, editionPath } from '../../../src/i18n/editions';
import { FULL_PAGES } from '../../../src/site/sitePages';
import { cardPath } from '../../../src/site/pageHead';

const CHOICE = { view: 'map', theme: 'light' } as const;

describe('the embed code of an edition in a folder', () => {
  const root = 'https://example.test/cis/ru/';
  const search = '?country=KZ&mode=meeting';

  it('points the frame at the view’s own page for the state, keeping the selection', () => {
    expect(embedUrl(root, search, CHOICE)).toBe(
      'https://example.test/cis/ru/embed/map/kz/?mode=meeting',
    );
  });

  it('loads embed.js from the site root, not from the edition’s folder', () => {
    const { responsive } = embedSnippets(
      root,
      search,
      { view: 'all', theme: 'light' },
      'Заголовок',
      editionPath('ru', 'en'),
    );
    expect(responsive).toContain('src="https://example.test/cis/embed.js"');
    expect(responsive).toContain('title="Заголовок"');
    expect(responsive).toContain('src="https://example.test/cis/ru/embed/kz/?mode=meeting');
  });
});

describe('the embed address', () => {
  it('puts the state in the folder of the views that show one, whose HTML draws it', () => {
    expect(embedUrl('https://example.test/cis/ru/', '?country=KZ&date=2008', CHOICE)).toBe(
      'https://example.test/cis/ru/embed/map/kz/?date=2008',
    );
    expect(embedUrl('https://e.test/', '?country=ge', { view: 'history', theme: 'light' })).toBe(
      'https://e.test/embed/history/ge/',
    );
  });

  it.each(['timeline', 'quotes'] as const)(
    'keeps the state in the query of the %s view, which shows none',
    (view) => {
      expect(embedUrl('https://e.test/', '?country=GE', { view, theme: 'light' })).toBe(
        `https://e.test/embed/${view}/?country=GE`,
      );
    },
  );

  it('leaves a state it does not know in the query, for the page’s notice', () => {
    expect(embedUrl('https://e.test/', '?country=XX', CHOICE)).toBe(
      'https://e.test/embed/map/?country=XX',
    );
  });

  it('is the bare embed for no selection, light unless another scheme is chosen', () => {
    expect(embedUrl('https://example.test/', '', { view: 'all', theme: 'light' })).toBe(
      'https://example.test/embed/',
    );
    expect(embedUrl('https://example.test/', '', { view: 'all', theme: 'dark' })).toBe(
      'https://example.test/embed/?theme=dark',
    );
    expect(embedUrl('https://example.test/', '', { view: 'all', theme: 'auto' })).toBe(
      'https://example.test/embed/?theme=auto',
    );
  });

  it.each(['map', 'history', 'timeline', 'quotes'] as const)(
    'for the %s view is that view’s prerendered page, with nothing in the query',
    (view) => {
      expect(embedUrl('https://example.test/cis/', '', { view, theme: 'light' })).toBe(
        `https://example.test/cis/embed/${view}/`,
      );
    },
  );

  it('drops presentation options the selection carried, and any fragment', () => {
    expect(
      embedUrl('https://example.test/#map', '?country=GE&theme=light&transparent=1', CHOICE),
    ).toBe('https://example.test/embed/map/ge/');
  });

  it('escapes the address in the snippet’s attributes', () => {
    const { fixed } = embedSnippets('https://example.test/cis/', '?country=KZ', CHOICE, 'A "t"');
    const hostile = embedSnippets('https://example.test/cis/', '?country=KZ&date=1"<', CHOICE, '');
    expect(hostile.fixed).toContain('src="https://example.test/cis/embed/map/kz/?date=1%22%3C"');
    expect(fixed).toContain('title="A &quot;t&quot;"');
  });
});

describe('editionPath', () => {
  it.each([
    ['en', 'ru', './ru/'],
    ['ru', 'en', '../'],
    ['en', 'en', './'],
    ['ru', 'ru', './'],
  ] as const)('from %s to %s is %j', (from, to, path) => {
    expect(editionPath(from, to)).toBe(path);
  });
});

describe('the image fallback', () => {
  it('is the share image the build writes for each full page, in its language', () => {
    for (const page of FULL_PAGES) {
      const search = page.country ? `?country=${page.country}&date=2000` : '?date=2000';
      expect(cardUrl('https://e.test/cis/', EDITIONS[page.lang].dir, search)).toBe(
        `https://e.test/cis/${cardPath(page)}`,
      );
    }
  });

  it('links the state’s image to its page, escaped', () => {
    expect(
      imageSnippet('https://e.test/ru/', 'https://e.test/', 'ru/', '?country=GE', 'Карта "Грузия"'),
    ).toBe(
      '<a href="https://e.test/ru/country/ge/"><img src="https://e.test/og/ru/ge.png" alt="Карта &quot;Грузия&quot;" width="1200" height="630" style="max-width:100%;height:auto;border:0"></a>',
    );
    expect(imageSnippet('https://e.test/', 'https://e.test/', '', '?country=XX', 'Map')).toContain(
      'href="https://e.test/"><img src="https://e.test/og/home.png"',
    );
  });
});
