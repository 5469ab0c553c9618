import { describe, expect, it } from 'vitest';
import { embedSnippets, embedUrl } from '../../../src/embed/embedCode';
import { editionPath } from '../../../src/i18n/editions';

const CHOICE = { view: 'map', theme: 'auto' } as const;

describe('the embed code of an edition in a folder', () => {
  const root = 'https://example.test/cis/ru/';
  const search = '?country=KZ&mode=meeting';

  it('points the frame at the view’s own page in the edition, keeping the selection', () => {
    expect(embedUrl(root, search, CHOICE)).toBe(
      'https://example.test/cis/ru/embed/map/?country=KZ&mode=meeting',
    );
  });

  it('loads embed.js from the site root, not from the edition’s folder', () => {
    const { responsive } = embedSnippets(
      root,
      search,
      { view: 'all', theme: 'auto' },
      'Заголовок',
      editionPath('ru', 'en'),
    );
    expect(responsive).toContain('src="https://example.test/cis/embed.js"');
    expect(responsive).toContain('title="Заголовок"');
    expect(responsive).toContain('src="https://example.test/cis/ru/embed/?country=KZ');
  });
});

describe('the embed address', () => {
  it('keeps the state in the query, as embeds do, whatever page it was made on', () => {
    expect(embedUrl('https://example.test/cis/ru/', '?country=KZ&date=2008', CHOICE)).toBe(
      'https://example.test/cis/ru/embed/map/?country=KZ&date=2008',
    );
  });

  it('is the bare embed for no selection, with a theme when one is chosen', () => {
    expect(embedUrl('https://example.test/', '', { view: 'all', theme: 'dark' })).toBe(
      'https://example.test/embed/?theme=dark',
    );
  });

  it.each(['map', 'history', 'timeline', 'quotes'] as const)(
    'for the %s view is that view’s prerendered page, with nothing in the query',
    (view) => {
      expect(embedUrl('https://example.test/cis/', '', { view, theme: 'auto' })).toBe(
        `https://example.test/cis/embed/${view}/`,
      );
    },
  );

  it('drops presentation options the selection carried, and any fragment', () => {
    expect(
      embedUrl('https://example.test/#map', '?country=GE&theme=light&transparent=1', CHOICE),
    ).toBe('https://example.test/embed/map/?country=GE');
  });

  it('escapes the address in the snippet’s attributes', () => {
    const { fixed } = embedSnippets('https://example.test/cis/', '?country=KZ', CHOICE, 'A "t"');
    const hostile = embedSnippets('https://example.test/cis/', '?country=KZ&date=1"<', CHOICE, '');
    expect(hostile.fixed).toContain(
      'src="https://example.test/cis/embed/map/?country=KZ&amp;date=1%22%3C"',
    );
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
