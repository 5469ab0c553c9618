import { MEETING_RECORDS } from '../data/meeting';
import { STATUS_CHANGES } from '../data/statusChanges';
import { COUNTRY_CODES } from '../data/types';
import type { CountryCode, MapMode } from '../data/types';
import type { ImageWords } from '../i18n/imageWords';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import type { LabelledMap } from '../map/labels/labelledMap';
import { countryLooks, countryNames } from '../map/colour/countryLooks';
import { legendItems } from '../map/colour/legendItems';
import type { Day } from '../model/dates';
import { statusesAt } from '../model/status';
import { imageLegendMarks } from './imageLegend';
import { imageMapBox, imageMapMarks } from './imageMap';
import { PAGE, PAGE_FONT, textBlock, wrapText } from './imageText';
import type { Mark, Scene } from './scene';

/** What the image shows: the reader's view of the map, in the page's language. */
export interface MapImageInput {
  /** The outlines and the labels placed for the page's words (bakedShapes). */
  readonly map: LabelledMap;
  readonly day: Day;
  readonly mode: MapMode;
  readonly country: CountryCode | null;
  /** The address of this view, absolute: the source line sends readers there. */
  readonly address: string;
  readonly locale: Locale<Messages>;
  readonly words: ImageWords;
}

/** The image's size in CSS pixels (the PNG is drawn at twice this), and its parts' places. */
export const IMAGE_WIDTH = 1200;
const MARGIN = 40;
const MAP_WIDTH = 760;
const GUTTER = 32;

const ATTENDANCE = new Map(MEETING_RECORDS.map((record) => [record.country, record]));

/**
 * The downloadable picture of the map as a scene: the site's name, the title with the date, the
 * selected state named under it, the whole region (a selected state outlined and, if small,
 * ringed: the same frame whatever the reader had zoomed to, so every state the key counts is in
 * it), the key of the statuses shown that day with their counts, and the source line. Always in
 * the light scheme. Pure: the same view gives the same scene, and so the same bytes.
 */
export function mapImage(input: MapImageInput): Scene {
  const { map, day, mode, country, locale, words } = input;
  const { m } = locale;
  const statuses = statusesAt(STATUS_CHANGES, day);
  const looks = countryLooks({
    mode,
    statuses,
    attendance: ATTENDANCE,
    selected: country,
    highlighted: new Set(),
  });
  const title = mode === 'meeting' ? m.map.headingMeeting : m.map.headingStatus(locale.date(day));
  const full = IMAGE_WIDTH - 2 * MARGIN;

  const kicker = textBlock([m.pages.site], MARGIN, 56, {
    size: 16,
    weight: 700,
    fill: PAGE.muted,
    leading: 22,
  });
  const heading = textBlock(wrapText(title, full, 32), MARGIN, kicker.next + 20, {
    size: 32,
    weight: 700,
    fill: PAGE.ink,
    leading: 38,
  });
  const shape = country ? countryNames(mode, statuses, ATTENDANCE, m)[country] : null;
  const subtitle = textBlock(
    shape ? wrapText(words.outlined(shape), full, 18) : [],
    MARGIN,
    heading.next - 4,
    {
      size: 18,
      weight: 400,
      fill: PAGE.ink,
      leading: 24,
    },
  );

  // The map: the region's frame fitted to the map's width, on the page's map panel colour.
  const [bx, by, bw, bh] = imageMapBox(map);
  const scale = MAP_WIDTH / bw;
  const top = subtitle.next + (shape ? 8 : 0);
  const mapHeight = bh * scale;
  const frame = [MARGIN, top, MAP_WIDTH, mapHeight] as const;
  const mapMarks: Mark[] = [
    { kind: 'rect', x: MARGIN, y: top, width: MAP_WIDTH, height: mapHeight, fill: PAGE.panel },
    {
      kind: 'group',
      scale,
      dx: MARGIN - bx * scale,
      dy: top - by * scale,
      clip: frame,
      marks: imageMapMarks(map, looks, m, { scale, places: mode === 'meeting', selected: country }),
    },
  ];

  const present = legendItems(mode, statuses, ATTENDANCE, m).filter((item) => item.count > 0);
  const dashed = COUNTRY_CODES.some((code) => looks[code].uncertain) ? words.dashed : null;
  const legend = imageLegendMarks(
    {
      title: mode === 'meeting' ? m.legend.titleMeeting : m.legend.titleStatus(locale.date(day)),
      items: present,
      dashed,
      places: mode === 'meeting',
    },
    m,
    { x: MARGIN + MAP_WIDTH + GUTTER, y: top + 22, width: full - MAP_WIDTH - GUTTER },
  );

  const source = textBlock(
    wrapText(words.source(input.address), full, 15),
    MARGIN,
    top + mapHeight + 30,
    {
      size: 15,
      weight: 400,
      fill: PAGE.ink,
      leading: 20,
    },
  );
  const borders = textBlock(wrapText(words.borders, full, 14), MARGIN, source.next, {
    size: 14,
    weight: 400,
    fill: PAGE.muted,
    leading: 19,
  });
  return {
    width: IMAGE_WIDTH,
    height: Math.ceil(borders.next + MARGIN / 2),
    background: PAGE.paper,
    font: PAGE_FONT,
    lang: locale.tag,
    title: shape ? `${title} · ${words.outlined(shape)}` : title,
    marks: [
      ...kicker.marks,
      ...heading.marks,
      ...subtitle.marks,
      ...mapMarks,
      ...legend,
      ...source.marks,
      ...borders.marks,
    ],
  };
}
