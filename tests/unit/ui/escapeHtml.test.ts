import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/ui/escapeHtml';

describe('escapeHtml', () => {
  it('escapes what would open a tag, an entity or end a quoted attribute', () => {
    expect(escapeHtml('<script>"a" & b</script>')).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; b&lt;/script&gt;',
    );
  });

  it('escapes an ampersand once, never an entity it has just written', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves other text, Cyrillic and apostrophes included, as it is', () => {
    expect(escapeHtml('Содружество — the CIS’s page')).toBe('Содружество — the CIS’s page');
  });
});
