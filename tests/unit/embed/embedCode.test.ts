import { describe, expect, it } from 'vitest';
import { embedSnippets, embedUrl } from '../../../src/embed/embedCode';
import { editionPath, joinPath } from '../../../src/i18n/editions';

describe('the embed code of an edition in a folder', () => {
  const page = 'https://example.test/cis/ru/?country=KZ&mode=meeting';

  it('points the frame at the page’s own edition, keeping its state', () => {
    expect(embedUrl(page, { view: 'map', theme: 'auto' })).toBe(
      'https://example.test/cis/ru/?country=KZ&mode=meeting&embed=1&view=map',
    );
  });

  it('loads embed.js from the site root, not from the edition’s folder', () => {
    const { responsive } = embedSnippets(
      page,
      { view: 'all', theme: 'auto' },
      'Заголовок',
      editionPath('ru', 'en'),
    );
    expect(responsive).toContain('src="https://example.test/cis/embed.js"');
    expect(responsive).toContain('title="Заголовок"');
    expect(responsive).toContain('src="https://example.test/cis/ru/?country=KZ');
  });
});

describe('the embed code of a state’s page', () => {
  it('frames the edition’s root with the state in the query, as embeds keep their state', () => {
    expect(embedUrl('https://example.test/cis/ru/country/kz/?date=2008', CHOICE)).toBe(
      'https://example.test/cis/ru/?date=2008&country=KZ&embed=1&view=map',
    );
    expect(embedUrl('https://example.test/country/ge/index.html', CHOICE)).toBe(
      'https://example.test/?country=GE&embed=1&view=map',
    );
  });

  it('loads embed.js from the site root two folders up', () => {
    const { fixed } = embedSnippets(
      'https://example.test/cis/country/kz/',
      CHOICE,
      'Title',
      joinPath('../../', editionPath('en', 'en')),
    );
    expect(fixed).toContain('src="https://example.test/cis/?country=KZ&amp;embed=1');
    const { responsive } = embedSnippets(
      'https://example.test/cis/ru/country/kz/',
      CHOICE,
      'Title',
      joinPath('../../', editionPath('ru', 'en')),
    );
    expect(responsive).toContain('src="https://example.test/cis/embed.js"');
  });
});

const CHOICE = { view: 'map', theme: 'auto' } as const;

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
