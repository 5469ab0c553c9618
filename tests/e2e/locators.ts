import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { CountryCode } from '../../src/data/types';
import { EN } from '../../src/i18n/en';
import { EN_NOTICES } from '../../src/i18n/en/notices';
import type { Locale } from '../../src/i18n/locale';
import type { Messages } from '../../src/i18n/messages';

/*
 * The page's landmarks and controls as a reader finds them: by role and by the name the message
 * catalogue gives them, in the English edition unless another locale is passed. One definition
 * each, so a reworded message moves every spec with it.
 */

type Words = Locale<Messages>;
/** Where to look: a page, or an embed's frame inside a host page. */
type Scope = Page | FrameLocator;

/** `text` as a pattern matching it literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name that begins with `text`. */
export const startsWith = (text: string) => new RegExp(`^${literal(text)}`);

/** The map section's title: the status on a date ("Who is in the CIS: …") or the meeting's. */
export function mapTitle(page: Scope, { m }: Words = EN): Locator {
  const [status = ''] = m.map.headingStatus('\u0000').split('\u0000');
  const name = new RegExp(`^(${literal(status)}|${literal(m.map.headingMeeting)}$)`);
  return page.getByRole('heading', { level: 2, name });
}

/** The radio that switches the map between membership status and the 22 Dec 2025 meeting. */
export function modeRadio(page: Scope, mode: 'status' | 'meeting', { m }: Words = EN): Locator {
  return page.getByRole('radio', { name: m.map.modes[mode] });
}

/** The notice about ignored or adjusted address values (the page has other live regions too). */
export function notices(page: Scope): Locator {
  return page.getByRole('status').filter({ hasText: EN_NOTICES.intro });
}

/** The date slider. */
export function slider(page: Scope, { m }: Words = EN): Locator {
  return page.getByRole('slider', { name: startsWith(m.slider.label) });
}

/** The timeline section. */
export function timeline(page: Scope, { m }: Words = EN): Locator {
  return page.getByRole('region', { name: m.timeline.heading });
}

/** The membership chart ("Membership over time"). */
export function chart(page: Scope, { m }: Words = EN): Locator {
  return page.getByRole('region', { name: m.chart.heading });
}

/** A state's details panel, named after the state. */
export function details(page: Scope, code: CountryCode, { m }: Words = EN): Locator {
  return page.getByRole('region', { name: m.countries[code] });
}

/** The meeting's venue marked on the map (meeting mode only). */
export function venue(page: Scope, { m }: Words = EN): Locator {
  return page.getByRole('img', { name: startsWith(m.places.hermitage.name) });
}

/** A legend entry as a control: pointing at or focusing it picks out its states. */
export function legendEntry(page: Scope, label: string): Locator {
  return page.locator('.legend').getByRole('button', { name: startsWith(label) });
}

/** The legend row of a status or attendance label, e.g. "Member state … 8 states". */
export function legendRow(page: Scope, label: string): Locator {
  return page.locator('.legend li').filter({
    has: page.locator('.legend-label', { hasText: new RegExp(`^${literal(label)}$`) }),
  });
}

/** The map's way back to the whole region, offered once it shows anything else. */
export function showWholeButton(page: Scope, { m }: Words = EN): Locator {
  return page.getByRole('button', { name: m.map.showWhole });
}
