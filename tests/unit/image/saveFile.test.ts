import { describe, expect, it } from 'vitest';
import { downloadPermission } from '../../../src/image/saveFile';

/** A window as downloadPermission sees it: in a frame or not, its frame element, its origin. */
function fakeWindow(options: {
  framed: boolean;
  sandbox?: string | null;
  readable?: boolean;
  origin?: string;
}) {
  const self = {};
  const frame =
    options.sandbox === undefined
      ? null
      : { getAttribute: (name: string) => (name === 'sandbox' ? options.sandbox : null) };
  return {
    self,
    top: options.framed ? {} : self,
    get frameElement() {
      if (options.readable === false) throw new DOMException('Blocked', 'SecurityError');
      return frame;
    },
    origin: options.origin ?? 'https://example.org',
  } as unknown as Window;
}

describe('whether the page may save a file', () => {
  it('may, as a page of its own', () => {
    expect(downloadPermission(fakeWindow({ framed: false }))).toBe('allowed');
  });

  it('may not, in a frame its host sandboxed without allow-downloads', () => {
    expect(
      downloadPermission(fakeWindow({ framed: true, sandbox: 'allow-scripts allow-same-origin' })),
    ).toBe('blocked');
    expect(downloadPermission(fakeWindow({ framed: true, sandbox: '' }))).toBe('blocked');
  });

  it('may, in a frame sandboxed with allow-downloads or not sandboxed', () => {
    expect(
      downloadPermission(fakeWindow({ framed: true, sandbox: 'allow-scripts allow-downloads' })),
    ).toBe('allowed');
    expect(downloadPermission(fakeWindow({ framed: true, sandbox: null }))).toBe('allowed');
  });

  it('cannot tell in a sandbox that hides its flags (an opaque origin)', () => {
    expect(downloadPermission(fakeWindow({ framed: true, readable: false, origin: 'null' }))).toBe(
      'unknown',
    );
    expect(downloadPermission(fakeWindow({ framed: true, origin: 'null' }))).toBe('unknown');
  });

  it('may, in a cross-origin frame that is not sandboxed', () => {
    expect(downloadPermission(fakeWindow({ framed: true, readable: false }))).toBe('allowed');
  });
});
