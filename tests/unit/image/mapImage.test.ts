import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import topology from '../../../src/data/geometry/region.topo.json';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { COUNTRY_CODES, STATUSES } from '../../../src/data/types';
import type { CountryCode, MapMode } from '../../../src/data/types';
import { EN } from '../../../src/i18n/en';
import { EN_IMAGE } from '../../../src/i18n/en/image';
import { RU } from '../../../src/i18n/ru';
import { RU_IMAGE } from '../../../src/i18n/ru/image';
import type { Locale } from '../../../src/i18n/locale';
import type { Messages } from '../../../src/i18n/messages';
import type { ImageWords } from '../../../src/i18n/imageWords';
import type { LabelledMap } from '../../../src/map/labels/labelledMap';
import { placeLabels } from '../../../src/map/labels/labelPlacement';
import { decodeRegion } from '../../../src/map/geometry/regionGeometry';
import { svgMap } from '../../../src/map/geometry/svgMap';
import { countByStatus, statusesAt } from '../../../src/model/status';
import { mapImage } from '../../../src/image/mapImage';
import { sceneSvg } from '../../../src/image/sceneSvg';

const outlines = svgMap(decodeRegion(topology as unknown as Topology));

/** The drawn-in map as the prerender bakes it for a language: outlines and placed labels. */
function baked(locale: Locale<Messages>): LabelledMap {
  const words = { name: locale.m.countries, short: locale.m.countryShort };
  return {
    ...outlines,
    labels: {
      wide: placeLabels(outlines.shapes, words, 'wide'),
      narrow: placeLabels(outlines.shapes, words, 'narrow'),
    },
  };
}
const MAPS = { en: baked(EN), ru: baked(RU) };

const ADDRESS = 'https://example.org/cis/?country=GE&date=2008-08-08';

function svgOf(
  view: { day: string; mode: MapMode; country: CountryCode | null },
  locale: Locale<Messages> = EN,
  words: ImageWords = EN_IMAGE,
) {
  return sceneSvg(mapImage({ ...view, address: ADDRESS, map: MAPS[locale.lang], locale, words }));
}

const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text content of every <text> element, halos (their duplicates) included. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, text]) => text);

/** All the image's words in reading order, its wrapped lines joined again (halos left out). */
const reading = (svg: string) =>
  [...svg.matchAll(/<text [^>]*?fill="([^"]*)"[^>]*>([^<]*)<\/text>/g)]
    .filter(([whole]) => !whole.includes(' stroke='))
    .map(([, , text]) => text)
    .join(' ');

describe('the downloadable image of the map', () => {
  const georgia2008 = svgOf({ day: '2008-08-08', mode: 'status', country: 'GE' });

  it('is titled with the date, in the page language', () => {
    expect(texts(georgia2008)).toContain('Who is in the CIS: 8 Aug 2008');
    expect(georgia2008).toContain('<title>Who is in the CIS: 8 Aug 2008 · Outlined: Georgia');
    expect(texts(georgia2008)).toContain('Outlined: Georgia — member state');
  });

  it('draws every state’s outline, from the drawn-in map’s own paths', () => {
    const states = outlines.shapes.filter((shape) => !shape.context);
    expect(states.map((shape) => shape.id).sort()).toEqual([...COUNTRY_CODES].sort());
    for (const { d } of states) expect(georgia2008).toContain(`d="${d}"`);
  });

  it('lists in its key exactly the statuses present that day, with their counts', () => {
    const counts = countByStatus(statusesAt(STATUS_CHANGES, '2008-08-08'));
    const words = texts(georgia2008);
    for (const status of STATUSES) {
      const label = escaped(EN.m.statuses[status].label);
      if (counts[status] > 0) {
        expect(reading(georgia2008), status).toContain(
          `${label} ${EN.m.legend.count(counts[status])}`,
        );
      } else expect(reading(georgia2008), status).not.toContain(label);
    }
    // Georgia was still a member in August 2008: nobody had withdrawn yet.
    expect(words).not.toContain('Withdrawn');
    expect(words).toContain('Status on 8 Aug 2008');
  });

  it('ends with the source line naming the page’s address and the boundaries', () => {
    expect(texts(georgia2008)).toContain(
      escaped(`Sources: see ${ADDRESS}; boundaries: Natural Earth`),
    );
  });

  it('is a self-contained SVG: no script, no style sheet, no reference outside itself', () => {
    expect(georgia2008).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns=/);
    expect(georgia2008).not.toMatch(/<script|<style|<image|<foreignObject|href=|on[a-z]+=/i);
    const references = [...georgia2008.matchAll(/url\(([^)]*)\)/g)].map(([, ref]) => ref);
    expect(references.length).toBeGreaterThan(0);
    for (const ref of references) expect(ref).toMatch(/^#clip-\d+$/);
    expect(georgia2008).toContain(
      `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"`,
    );
  });

  it('parses as XML', () => {
    const doc = new DOMParser().parseFromString(georgia2008, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('width')).toBe('1200');
  });

  it('gives the same bytes for the same view, and others for another', () => {
    expect(svgOf({ day: '2008-08-08', mode: 'status', country: 'GE' })).toBe(georgia2008);
    expect(svgOf({ day: '2009-08-18', mode: 'status', country: 'GE' })).not.toBe(georgia2008);
  });

  it('marks a selected small state with a ring, and nothing without a selection', () => {
    const rings = (svg: string) => (svg.match(/<circle [^>]*fill="none"/g) ?? []).length;
    expect(rings(georgia2008)).toBe(1);
    expect(rings(svgOf({ day: '2008-08-08', mode: 'status', country: null }))).toBe(0);
    expect(texts(svgOf({ day: '2008-08-08', mode: 'status', country: null }))).not.toContain(
      'Outlined: Georgia — member state',
    );
  });

  it('shows who came to the meeting, with the Hermitage marked and named in the key', () => {
    const meeting = svgOf({ day: '1995-01-01', mode: 'meeting', country: null });
    const words = reading(meeting);
    expect(words).toContain(EN.m.map.headingMeeting);
    expect(words).toContain(EN.m.attendance.attended.label);
    expect(words).toContain(EN.m.places.hermitage.name);
    expect(words).not.toContain(EN.m.statuses.member.label);
    // The venue's marker: on the map and in the key.
    expect(meeting.match(/<circle [^>]*fill="#ffd23f"/g)).toHaveLength(2);
    expect(georgia2008).not.toContain('#ffd23f');
  });

  it('keys a dashed outline only on a day when some status date is approximate', () => {
    expect(reading(svgOf({ day: '2022-06-01', mode: 'status', country: null }))).toContain(
      EN_IMAGE.dashed,
    );
    expect(reading(georgia2008)).not.toContain(EN_IMAGE.dashed);
  });

  it('speaks Russian on the Russian page: title, key, labels, source line', () => {
    const svg = svgOf({ day: '2008-08-08', mode: 'status', country: 'GE' }, RU, RU_IMAGE);
    const words = texts(svg);
    expect(words).toContain('Кто в СНГ на 8 августа 2008\u00a0г.');
    expect(reading(svg)).toContain(escaped(RU.m.statuses.member.label));
    expect(words).toContain('Россия');
    expect(words).toContain(escaped(`Источники: см. ${ADDRESS}; границы: Natural Earth`));
    expect(svg).toContain('xml:lang="ru"');
    for (const english of ['Who is in the CIS', 'Member state', 'Russia', 'Sources: see'])
      expect(svg).not.toContain(english);
  });
});
