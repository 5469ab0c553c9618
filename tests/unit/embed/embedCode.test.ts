import { describe, expect, it } from 'vitest';
import { embedSnippets, embedUrl } from '../../../src/embed/embedCode';
import { editionPath } from '../../../src/i18n/editions';

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
