/**
 * The data files are the record: their comments may explain and cite source ids, but must not
 * send a maintainer to a document that is not in the repository (a fact sheet, a shared folder,
 * a numbered section of some other text, a Markdown file elsewhere).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The comments of a TypeScript file, each with its line number. */
function commentsOf(fileName: string, text: string): { line: number; text: string }[] {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    text,
  );
  const comments: { line: number; text: string }[] = [];
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest);
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (
      kind === ts.SyntaxKind.SingleLineCommentTrivia ||
      kind === ts.SyntaxKind.MultiLineCommentTrivia
    ) {
      const { line } = file.getLineAndCharacterOfPosition(scanner.getTokenStart());
      comments.push({ line: line + 1, text: scanner.getTokenText() });
    }
  }
  return comments;
}

/** References to documents outside the repository. */
const OUTSIDE = [
  /fact[ -]?sheet/i,
  /\bshared\//i,
  /cis-facts/i,
  /\bsections? \d/i,
  /\bsection-\d/i,
  /\bseed\/|\bthe seed\b/i,
  /[\w-]+\.md\b/i,
  /\bissue #?\d+/i,
];

/** Comments that cite something outside the repository, as 'file:line: comment'. */
function outsideReferences(files: readonly { name: string; text: string }[]): string[] {
  return files.flatMap(({ name, text }) =>
    commentsOf(name, text).flatMap((comment) =>
      OUTSIDE.some((pattern) => pattern.test(comment.text))
        ? [
            `${name}:${comment.line}: ${comment.text
              .split('\n')
              .find((l) => OUTSIDE.some((p) => p.test(l)))
              ?.trim()}`,
          ]
        : [],
    ),
  );
}

const DATA = resolve('src/data');
const DATA_FILES = readdirSync(DATA)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(DATA, name), 'utf8') }));

describe('comments in src/data', () => {
  it('are read from every data file', () => {
    expect(DATA_FILES.map((f) => f.name)).toEqual(
      expect.arrayContaining(['events.ts', 'statusChanges.ts', 'sources.ts', 'corrections.ts']),
    );
    expect(DATA_FILES.flatMap((f) => commentsOf(f.name, f.text)).length).toBeGreaterThan(20);
  });

  it('cite nothing outside the repository', () => {
    expect(outsideReferences(DATA_FILES)).toEqual([]);
  });

  it.each([
    ['/** The timeline (fact sheet section 2). */', /a\.ts:1: .*fact sheet section 2/],
    ['// C4, see shared/reference/cis-facts.md', /a\.ts:1: .*shared\/reference/],
    ['const x = 1;\n/*\n * As in section 4 of the notes.\n */', /a\.ts:2: \* As in section 4/],
    ['// from the seed article', /a\.ts:1: .*the seed article/],
  ])('report %j', (text, expected) => {
    const problems = outsideReferences([{ name: 'a.ts', text }]);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('leave strings alone: only comments are the maintainer’s notes', () => {
    const text = "const url = 'https://example.org/shared/fact-sheet.md'; // a source address";
    expect(outsideReferences([{ name: 'a.ts', text }])).toEqual([]);
  });
});
