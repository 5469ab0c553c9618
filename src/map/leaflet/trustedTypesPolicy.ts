/**
 * The page runs under Trusted Types (`require-trusted-types-for 'script'; trusted-types default`,
 * see vite.config.ts): no string reaches an HTML sink unless a policy lets it through. Leaflet
 * writes three fixed strings to innerHTML: a feature test when it loads, and the zoom buttons'
 * symbols. This `default` policy lets exactly those through and refuses everything else, so
 * injected markup still fails, with a report. Imported before Leaflet (leafletParts.js).
 */
export const LEAFLET_HTML: ReadonlySet<string> = new Set([
  '<svg/>', // Browser.js: does innerHTML make inline SVG?
  '<span aria-hidden="true">+</span>', // Control.Zoom's zoomInText
  '<span aria-hidden="true">&#x2212;</span>', // Control.Zoom's zoomOutText
]);

/** Leaflet's string, or null: null makes the browser refuse the assignment and report it. */
export function allowLeafletHtml(html: string): string | null {
  return LEAFLET_HTML.has(html) ? html : null;
}

interface TrustedTypesFactory {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, rules: { createHTML: (html: string) => string | null }): unknown;
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
if (factory && !factory.defaultPolicy) {
  factory.createPolicy('default', { createHTML: allowLeafletHtml });
}
