import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE.md is the map of the code: it must not name a file that is gone, nor leave out a
 * folder of src/ or src/map/. Its code spans (`…`) that look like paths are checked: from the
 * repository's root, or (a bare file name) against the files in src/, scripts/, tests/, public/.
 */
const DOC = readFileSync(resolve('ARCHITECTURE.md'), 'utf8');
const SPANS = [...DOC.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!);
const FILE = /\.(tsx?|jsx?|mjs|css|json|md)$/;
const PATHS = [
  ...new Set(
    // A file (`svgMap.ts`, `src/map/geometry/svgMap.ts`) or a folder (`src/map/`); not a package
    // name (`react-leaflet`) nor code (`deferredPart`).
    SPANS.filter((span) => /^[\w.-]+(\/[\w.-]*)*$/.test(span)).filter(
      (span) => FILE.test(span) || span.endsWith('/'),
    ),
  ),
];
/** Every file's name in the folders the document describes. */
const NAMES = new Set(
  ['src', 'scripts', 'tests', 'public'].flatMap((folder) =>
    readdirSync(resolve(folder), { recursive: true, encoding: 'utf8' }).map((file) =>
      basename(file),
    ),
  ),
);

function folders(path: string): string[] {
  return readdirSync(resolve(path), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${path}/${entry.name}/`);
}

describe('ARCHITECTURE.md', () => {
  it('names paths at all (the check below would pass on an empty file)', () => {
    expect(PATHS.length).toBeGreaterThan(50);
  });

  it.each(PATHS)('names %s, which exists', (path) => {
    const found = existsSync(resolve(path)) || (!path.includes('/') && NAMES.has(path));
    expect(found, `${path} is named in ARCHITECTURE.md but is not in the repository`).toBe(true);
  });

  it.each([...folders('src'), ...folders('src/map')])('names the folder %s', (folder) => {
    expect(SPANS, `${folder} is missing from ARCHITECTURE.md`).toContain(folder);
  });
});
