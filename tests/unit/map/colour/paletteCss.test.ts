import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_COLORS,
  BASE_COLORS,
  paintColor,
  STATUS_COLORS,
} from '../../../../src/map/colour/palette';
import { labelColors } from '../../../../src/map/colour/labelColors';
import { paletteCss } from '../../../../src/map/colour/paletteCss';

const css = paletteCss();
/** The custom properties of the block that `selector` opens, as name → value. */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector}{`);
  if (start < 0) throw new Error(`no block ${selector}`);
  const body = css.slice(start + selector.length + 1, css.indexOf('}', start));
  return Object.fromEntries(
    body
      .split(';')
      .filter(Boolean)
      .map((pair) => pair.split(':') as [string, string]),
  );
}

describe('paintColor', () => {
  it('is the palette’s hex of a paint in a scheme', () => {
    expect(paintColor('status-member', 'light')).toBe(STATUS_COLORS.light.member);
    expect(paintColor('status-never-joined', 'dark')).toBe(STATUS_COLORS.dark['never-joined']);
    expect(paintColor('attendance-not-represented', 'dark')).toBe(
      ATTENDANCE_COLORS.dark['not-represented'],
    );
  });
});

describe('paletteCss', () => {
  const light = block(':root');
  const darkTheme = block(":root[data-theme='dark']");
  const darkSystem = block(":root:not([data-theme='light'])");

  it('holds every status and attendance colour of palette.ts, light and dark', () => {
    for (const [status, colour] of Object.entries(STATUS_COLORS.light))
      expect(light[`--map-status-${status}`], status).toBe(colour);
    for (const [status, colour] of Object.entries(STATUS_COLORS.dark))
      expect(darkTheme[`--map-status-${status}`], status).toBe(colour);
    for (const [attendance, colour] of Object.entries(ATTENDANCE_COLORS.dark))
      expect(darkTheme[`--map-attendance-${attendance}`], attendance).toBe(colour);
    expect(light['--map-context']).toBe(BASE_COLORS.light.context);
    expect(darkTheme['--map-focus']).toBe(BASE_COLORS.dark.focus);
  });

  it('writes the dark scheme for ?theme=dark and, under the system preference, the same', () => {
    expect(darkSystem).toEqual(darkTheme);
    expect(css).toContain(`@media (prefers-color-scheme: dark){:root:not([data-theme='light']){`);
  });

  it('paints every named fill (shapes, tiles, swatches, chart segments) from its property', () => {
    for (const status of Object.keys(STATUS_COLORS.light))
      expect(css).toContain(`\n[data-paint='status-${status}']{fill:var(--map-status-${status})}`);
    for (const attendance of Object.keys(ATTENDANCE_COLORS.light))
      expect(css).toContain(
        `\n[data-paint='attendance-${attendance}']{fill:var(--map-attendance-${attendance})}`,
      );
  });

  it('colours the meeting venue’s marker from the palette, in both schemes', () => {
    expect(light['--map-venue']).toBe(BASE_COLORS.light.venue);
    expect(darkTheme['--map-venue']).toBe(BASE_COLORS.dark.venue);
    expect(css).toContain('.map-place-venue{fill:var(--map-venue)}');
  });

  it("gives each label the ink of its state's fill in each scheme, as labelColors chooses it", () => {
    for (const [status, colour] of Object.entries(STATUS_COLORS.dark)) {
      const { text, halo } = labelColors(colour, 'dark');
      expect(darkTheme[`--map-ink-status-${status}`], status).toBe(text);
      expect(darkTheme[`--map-halo-status-${status}`], status).toBe(halo);
    }
    for (const [status, colour] of Object.entries(STATUS_COLORS.light))
      expect(light[`--map-ink-status-${status}`], status).toBe(labelColors(colour, 'light').text);
    expect(css).toContain(
      `.map-labels text[data-on='status-member']{fill:var(--map-ink-status-member);stroke:var(--map-halo-status-member)}`,
    );
    // The chart's labels on its segments take the same ink: one rule for text on a fill.
    expect(css).toContain(`[data-ink='status-member']{fill:var(--map-ink-status-member)}`);
  });
});
