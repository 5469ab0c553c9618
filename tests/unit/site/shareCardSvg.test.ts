import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import topology from '../../../src/data/geometry/region.topo.json';
import { shareCardSvg } from '../../../src/site/shareCard';
import { periodWords } from '../../../src/site/pageHead';
import type { CardWords } from '../../../src/site/shareCard';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { COUNTRY_CODES, STATUSES } from '../../../src/data/types';
import type { CountryCode } from '../../../src/data/types';
import { EN } from '../../../src/i18n/en';
import { BASE_COLORS, CARD_COLORS, STATUS_COLORS } from '../../../src/map/colour/palette';
import { decodeRegion } from '../../../src/map/geometry/regionGeometry';
import { svgMap } from '../../../src/map/geometry/svgMap';
import { statusesAt } from '../../../src/model/status';
import { TIMELINE_END } from '../../../src/model/timeline';

const map = svgMap(decodeRegion(topology as unknown as Topology));
const statuses = statusesAt(STATUS_CHANGES, TIMELINE_END);
const { m } = EN;
/** The words the build gives a state's card (src/entry-server.tsx), from the catalogue. */
const words = (country: CountryCode | null): CardWords => ({
  kicker: m.pages.site,
  title: country ? m.countries[country] : m.page.heading,
  subtitle: 'A subtitle',
  source: m.pages.cardSource,
  period: periodWords(EN, 'card'),
  labels: Object.fromEntries(STATUSES.map((s) => [s, m.statuses[s].label])) as CardWords['labels'],
});

function card(selected: CountryCode | null, cardWords = words(selected)): Document {
  const svg = shareCardSvg(map, statuses, selected, cardWords);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').toBeNull();
  return doc;
}

/** The fill each state is drawn with, found by its outline (the card's paths carry no ids). */
function stateFills(doc: Document): Map<CountryCode, string | null> {
  const paths = [...doc.querySelectorAll('svg svg path')].filter(
    (path) => path.getAttribute('fill') !== 'none',
  );
  return new Map(
    map.shapes
      .filter((shape) => (COUNTRY_CODES as readonly string[]).includes(shape.id))
      .map((shape) => [
        shape.id as CountryCode,
        paths.find((path) => path.getAttribute('d') === shape.d)?.getAttribute('fill') ?? null,
      ]),
  );
}

/** The legend: each swatch's fill and the label beside it. */
function legend(doc: Document): { fill: string | null; label: string | null }[] {
  return [...doc.querySelectorAll('svg > rect[rx]')].map((swatch) => ({
    fill: swatch.getAttribute('fill'),
    label: swatch.nextElementSibling?.textContent ?? null,
  }));
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent);

describe('shareCardSvg', () => {
  it('names the chosen state in its title, with the site and the source', () => {
    const doc = card('KZ');
    expect(texts(doc)).toContain(m.countries.KZ);
    expect(texts(doc)).toContain(m.pages.site);
    expect(texts(doc)).toContain(m.pages.cardSource);
    expect(texts(card('GE'))).not.toContain(m.countries.KZ);
  });

  it('says the period the page covers and when it was checked, never “today”', () => {
    const lines = texts(card(null));
    expect(lines).toContain('8 Dec 1991 – 22 Dec 2025 · checked 7 Dec 2026');
    expect(lines.join(' ')).not.toMatch(/today/i);
  });

  it('is a 1200 × 630 image on the card’s paper', () => {
    const svg = card(null).documentElement;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1200', '630']);
    expect(svg.querySelector(':scope > rect')?.getAttribute('fill')).toBe(CARD_COLORS.paper);
  });

  it.each([null, 'GE', 'AM'] as const)(
    'with %s chosen, paints each state in its status’s colour of the light palette',
    (selected) => {
      const fills = stateFills(card(selected));
      for (const code of COUNTRY_CODES) {
        expect(fills.get(code), code).toBe(STATUS_COLORS.light[statuses[code].status]);
      }
    },
  );

  it('paints the neighbours drawn for context in the light palette’s context colour', () => {
    const doc = card(null);
    const context = map.shapes.filter((shape) => shape.context);
    expect(context.length).toBeGreaterThan(0);
    for (const shape of context) {
      const path = [...doc.querySelectorAll('path')].find((p) => p.getAttribute('d') === shape.d);
      expect(path?.getAttribute('fill'), shape.id).toBe(BASE_COLORS.light.context);
    }
  });

  it('has one legend swatch per status on the map, each the colour its states are drawn in', () => {
    const doc = card(null);
    const fills = stateFills(doc);
    const shown = STATUSES.filter((s) => COUNTRY_CODES.some((c) => statuses[c].status === s));
    expect(legend(doc)).toEqual(
      shown.map((status) => ({
        fill: STATUS_COLORS.light[status],
        label: m.statuses[status].label,
      })),
    );
    for (const { fill, label } of legend(doc)) {
      const status = STATUSES.find((s) => m.statuses[s].label === label)!;
      const drawn = COUNTRY_CODES.filter((c) => statuses[c].status === status).map((c) =>
        fills.get(c),
      );
      expect(new Set(drawn), label ?? '').toEqual(new Set([fill]));
    }
  });

  it('rings a small chosen state so it reads at thumbnail size, not a large one', () => {
    expect(card('AM').querySelectorAll('circle')).toHaveLength(1);
    expect(card('RU').querySelectorAll('circle')).toHaveLength(0);
    expect(card(null).querySelectorAll('circle')).toHaveLength(0);
  });

  it('escapes its words: markup in them is text, not elements', () => {
    const hostile = '<script>alert("x")</script> & <tspan>';
    const doc = card('GE', {
      ...words('GE'),
      kicker: hostile,
      title: hostile,
      subtitle: hostile,
      source: hostile,
      labels: { ...words('GE').labels, member: hostile },
    });
    expect(doc.querySelectorAll('script, tspan')).toHaveLength(0);
    expect(texts(doc).filter((text) => text === hostile).length).toBeGreaterThanOrEqual(3);
    expect(texts(doc).join(' ')).toContain('&');
  });
});
