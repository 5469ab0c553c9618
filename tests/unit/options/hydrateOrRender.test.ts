import { describe, expect, it } from 'vitest';
import { hydrateOrRender } from '../../../src/options/hydrateOrRender';
import { onPage, pageOfPath, prerenderedOptions } from '../../../src/options/pages';
import { parseUrlOptions } from '../../../src/options/parseUrlOptions';
import { KNOWN_IDS } from '../../fixtures/urlParamSamples';

/** The decision as src/mount.tsx takes it, for a page's address and whether it has HTML. */
function decide(pathname: string, search: string, hasHtml = true) {
  const page = pageOfPath(pathname);
  const parsed = parseUrlOptions(search, KNOWN_IDS);
  return hydrateOrRender({
    hasHtml,
    hasNotices: parsed.notices.length > 0,
    options: onPage(parsed.options, search, page),
    prerendered: prerenderedOptions(page),
  });
}

describe('hydrateOrRender', () => {
  it.each([
    ['the home page as built', '/', ''],
    ['a state’s page as built', '/country/ge/', ''],
    ['a state’s page naming its own state', '/country/ge/', '?country=GE'],
    ['an embed’s page as built', '/embed/map/', ''],
    ['an embed’s page with its frame’s id (drawn nowhere)', '/embed/map/', '?childId=frame-1'],
    [
      'an embed’s page with a transparent background (a root attribute only)',
      '/embed/',
      '?transparent=1',
    ],
    ['an embed’s page in a dark scheme (a root attribute only)', '/embed/map/', '?theme=dark'],
    ['the home page in a site folder', '/some/folder/', ''],
  ])('hydrates %s', (_, pathname, search) => {
    expect(decide(pathname, search)).toBe('hydrate');
  });

  it.each([
    ['the home page asked for a state', '/', '?country=KZ'],
    ['a state’s page asked for another state', '/country/ge/', '?country=AM'],
    ['the home page asked for another date', '/', '?date=2000'],
    ['the home page asked for the meeting', '/', '?mode=meeting'],
    ['an embed’s page asked for a state', '/embed/map/', '?country=KZ'],
  ])('renders afresh %s, which its HTML does not show', (_, pathname, search) => {
    expect(decide(pathname, search)).toBe('render');
  });

  it('renders afresh when the address could not be used, though it falls back to the HTML’s state', () => {
    // ?country=XX falls back to no state, as the HTML shows, but the notice is not in the HTML.
    expect(parseUrlOptions('?country=XX', KNOWN_IDS).options.country).toBeNull();
    expect(decide('/', '?country=XX')).toBe('render');
  });

  it('renders afresh when the page has no HTML to hydrate', () => {
    expect(decide('/', '', false)).toBe('render');
  });
});
