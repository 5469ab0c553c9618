import { expect, test, openMap } from './helpers';
import { PLACES } from '../../src/data/countries';
import { albers, REGION_ALBERS } from '../../src/map/geometry/albers';

// Borders as internationally recognised: Crimea drawn as part of Ukraine, checked on screen
// against the projection.

test.describe('borders', () => {
  test('Crimea is drawn as part of Ukraine', async ({ page }) => {
    // A big viewport, so a pixel of rounding is a few kilometres.
    await page.setViewportSize({ width: 1600, height: 1100 });
    // Meeting mode shows two markers at known places: they pin the projection to the screen.
    await openMap(page, '?mode=meeting');
    await expect(
      page.getByText('Crimea is shown as part of Ukraine', { exact: false }),
    ).toBeVisible();
    await page.locator('.status-map').scrollIntoViewIfNeeded();

    const centreOf = async (name: RegExp) => {
      const box = await page.getByRole('img', { name }).boundingBox();
      if (!box) throw new Error(`${name} is not on screen`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const { project } = albers(REGION_ALBERS);
    // Screen = origin + scale × projected, y down. Two markers give the scale and the origin;
    // their bearing on screen must match the projection's, or the map is not Albers.
    const a = {
      screen: await centreOf(/^State Hermitage Museum/),
      at: project(PLACES.hermitage.lat, PLACES.hermitage.lon),
    };
    const b = {
      screen: await centreOf(/^CIS Executive Committee/),
      at: project(PLACES.executiveCommittee.lat, PLACES.executiveCommittee.lon),
    };
    const projected = { x: b.at[0] - a.at[0], y: b.at[1] - a.at[1] };
    const onScreen = { x: b.screen.x - a.screen.x, y: a.screen.y - b.screen.y };
    const scale = Math.hypot(onScreen.x, onScreen.y) / Math.hypot(projected.x, projected.y);
    const bearing = (v: { x: number; y: number }) => Math.atan2(v.y, v.x);
    expect(Math.abs(bearing(onScreen) - bearing(projected)), 'marker bearing').toBeLessThan(0.05);

    /** The countries whose filled shape covers the given place on screen. */
    const countriesAt = (lat: number, lon: number) => {
      const [x, y] = project(lat, lon);
      const point = {
        x: a.screen.x + scale * (x - a.at[0]),
        y: a.screen.y - scale * (y - a.at[1]),
      };
      return page.evaluate(
        ({ x, y }) =>
          document
            .elementsFromPoint(x, y)
            .map((element) => element.getAttribute('data-country'))
            .filter((code) => code !== null),
        point,
      );
    };

    // Controls first, so a wrong projection cannot pass the real check by accident.
    expect(await countriesAt(55.76, 37.62), 'Moscow').toEqual(['RU']);
    expect(await countriesAt(50.45, 30.52), 'Kyiv').toEqual(['UA']);
    expect(await countriesAt(45.04, 38.98), 'Krasnodar').toEqual(['RU']);
    expect(await countriesAt(53.9, 27.56), 'Minsk').toEqual(['BY']);
    expect(await countriesAt(44.95, 34.1), 'Simferopol').toEqual(['UA']);
    expect(await countriesAt(45.3, 34.4), 'northern Crimea').toEqual(['UA']);
    expect(await countriesAt(45.2, 34.8), 'eastern Crimea').toEqual(['UA']);
  });
});
