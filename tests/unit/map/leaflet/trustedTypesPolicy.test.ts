import { describe, expect, it } from 'vitest';
import { allowLeafletHtml, LEAFLET_HTML } from '../../../../src/map/leaflet/trustedTypesPolicy';

describe('allowLeafletHtml (the Trusted Types default policy)', () => {
  it.each([...LEAFLET_HTML])('lets Leaflet’s fixed string %s through unchanged', (html) => {
    expect(allowLeafletHtml(html)).toBe(html);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<span aria-hidden="true">+</span><script>alert(1)</script>',
    '<SVG/>',
    ' <svg/>',
    '',
  ])('refuses %s', (html) => {
    expect(allowLeafletHtml(html)).toBeNull();
  });
});
