import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/site/contentSecurityPolicy';

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values];
    }),
  );

describe('contentSecurityPolicy', () => {
  const policy = directives(
    contentSecurityPolicy({ scripts: ['sha256-AAA=', 'sha256-BBB='], styles: ['sha256-CCC='] }),
  );

  it('allows the inline script and style by their hashes only, besides the site’s own files', () => {
    expect(policy['script-src']).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(policy['style-src']).toEqual(["'self'", "'sha256-CCC='"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
  });

  it('keeps everything else to the site, no plugins, no <base>, and Trusted Types', () => {
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['require-trusted-types-for']).toEqual(["'script'"]);
    expect(policy['trusted-types']).toEqual(['default']);
  });

  it('with no inline code, allows none', () => {
    const bare = directives(contentSecurityPolicy({ scripts: [], styles: [] }));
    expect(bare['script-src']).toEqual(["'self'"]);
    expect(bare['style-src']).toEqual(["'self'"]);
  });
});
