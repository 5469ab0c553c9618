import { act, fireEvent, render, screen, waitFor, within } from '../render';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { PLAY_INTERVAL_MS } from '../../../src/app/usePlay';
import { EVENTS } from '../../../src/data/events';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import { dayNumber } from '../../../src/model/dates';
import type { Day } from '../../../src/model/dates';
import { EN } from '../../../src/i18n/en';
import { eventWords } from '../../../src/i18n/recordWords';

/** An event's English title, as the page shows it. */
const titleOf = (event: { readonly id: string }) => eventWords(EN.m, event.id).title;

/** jsdom has no matchMedia: a light-scheme, no-preference stub. */
function stubMatchMedia() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }));
}

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const GEORGIA_LEAVES = EVENTS.find((e) => e.id === 'georgia-withdrawal-effective')!;
const FIRST = dayNumber('1991-12-08');

beforeEach(() => {
  stubMatchMedia();
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function renderApp() {
  return render(<App options={DEFAULT_OPTIONS} notices={[]} />);
}

const slider = () => screen.getByRole('slider', { name: /^Date/ });
const timelineRegion = () => screen.getByRole('region', { name: 'The CIS since 1991' });
const mapTitle = () => screen.getByRole('heading', { level: 2, name: /^Who is in the CIS/ });
const playButton = () => screen.getByRole('button', { name: /^(Play|Pause)$/ });

/** The status cell of a country's row in the table, found through the row's header link. */
function statusOf(country: string) {
  const row = screen.getByRole('link', { name: country }).closest('tr')!;
  return within(row).getAllByRole('cell')[0]!.textContent;
}

/** The title of the event pressed in the timeline list, if any. */
function selectedEventTitle() {
  const pressed = within(timelineRegion()).queryAllByRole('button', { pressed: true });
  expect(pressed.length).toBeLessThanOrEqual(1);
  return pressed[0]?.closest('li')?.querySelector('time')?.nextElementSibling?.textContent;
}

function moveSliderTo(day: Day) {
  fireEvent.change(slider(), { target: { value: String(dayNumber(day) - FIRST) } });
}

describe('App: the timeline drives the map, table and address', { timeout: 60_000 }, () => {
  it('guards the fixture: Georgia’s withdrawal event is as this file expects', () => {
    expect(GEORGIA_LEAVES).toMatchObject({ date: '2009-08-18' });
    expect(titleOf(GEORGIA_LEAVES)).toBe('Georgia’s withdrawal takes effect');
  });

  it('starts at 22 Dec 2025 with Georgia withdrawn', () => {
    renderApp();
    expect(slider()).toHaveAttribute('aria-valuetext', '22 December 2025');
    expect(mapTitle()).toHaveTextContent('Who is in the CIS: 22 Dec 2025');
    expect(statusOf('Georgia')).toBe('Withdrawn');
    expect(playButton()).toHaveAccessibleName('Play');
    expect(playButton()).toHaveAttribute('aria-pressed', 'false');
  });

  it('moving the slider to 2008-07-01 shows Georgia as a member, to 2009-08-18 as withdrawn', async () => {
    renderApp();
    moveSliderTo('2008-07-01');
    expect(slider()).toHaveAttribute('aria-valuetext', '1 July 2008');
    expect(mapTitle()).toHaveTextContent('Who is in the CIS: 1 Jul 2008');
    expect(statusOf('Georgia')).toBe('Member state');
    await waitFor(() => expect(window.location.search).toBe('?date=2008-07-01'));

    moveSliderTo('2009-08-17');
    expect(statusOf('Georgia')).toBe('Member state');

    moveSliderTo('2009-08-18');
    expect(slider()).toHaveAttribute('aria-valuetext', '18 August 2009');
    expect(statusOf('Georgia')).toBe('Withdrawn');
    await waitFor(() => expect(window.location.search).toBe('?date=2009-08-18'));
  });

  it('the address follows the slider once it rests, not at every step', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    renderApp();
    moveSliderTo('2008-07-01');
    act(() => vi.advanceTimersByTime(200));
    moveSliderTo('2009-08-18');
    act(() => vi.advanceTimersByTime(200));
    expect(window.location.search).toBe('');
    act(() => vi.advanceTimersByTime(100));
    expect(window.location.search).toBe('?date=2009-08-18');
  });

  it('moving the slider to the founding day shows Georgia as not yet joined', () => {
    renderApp();
    moveSliderTo('1991-12-08');
    expect(statusOf('Georgia')).toBe('Not yet joined');
    expect(statusOf('Russia')).not.toBe('Not yet joined');
  });

  it('the keyboard moves the date too', async () => {
    const user = userEvent.setup();
    renderApp();
    slider().focus();
    await user.keyboard('{Home}');
    expect(slider()).toHaveAttribute('aria-valuetext', '8 December 1991');
    expect(statusOf('Georgia')).toBe('Not yet joined');
    await user.keyboard('{End}');
    expect(slider()).toHaveAttribute('aria-valuetext', '22 December 2025');
    expect(statusOf('Georgia')).toBe('Withdrawn');
  });

  it('selecting Georgia’s withdrawal in the timeline moves the date there', async () => {
    const user = userEvent.setup();
    renderApp();
    moveSliderTo('2000-01-01');
    await user.click(
      within(timelineRegion()).getByRole('button', { name: /Georgia’s withdrawal takes effect/ }),
    );
    expect(slider()).toHaveAttribute('aria-valuetext', '18 August 2009');
    expect(mapTitle()).toHaveTextContent('Who is in the CIS: 18 Aug 2009');
    expect(statusOf('Georgia')).toBe('Withdrawn');
    expect(selectedEventTitle()).toBe(titleOf(GEORGIA_LEAVES));
    await waitFor(() => expect(window.location.search).toBe('?event=georgia-withdrawal-effective'));

    // Moving the slider afterwards leaves the event.
    moveSliderTo('2008-07-01');
    expect(selectedEventTitle()).toBeUndefined();
    await waitFor(() => expect(window.location.search).toBe('?date=2008-07-01'));
  });

  it('previous and next event buttons step through the events', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(
      within(timelineRegion()).getByRole('button', { name: /Georgia’s withdrawal takes effect/ }),
    );
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(selectedEventTitle()).toBe('Free Trade Area treaty signed in St Petersburg');
    expect(slider()).toHaveAttribute('aria-valuetext', '18 October 2011');
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(selectedEventTitle()).toBe('Georgia announces its withdrawal from the CIS');
    expect(slider()).toHaveAttribute('aria-valuetext', '12 August 2008');
  });

  it('the next/previous buttons are disabled at the ends', () => {
    renderApp();
    // 22 Dec 2025: the last event is on that day, nothing after it.
    expect(screen.getByRole('button', { name: /Next event/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Previous event/ })).toBeEnabled();
    moveSliderTo('1991-12-08');
    expect(screen.getByRole('button', { name: /Previous event/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Next event/ })).toBeEnabled();
  });

  it('unticking a category removes its events from the list', async () => {
    const user = userEvent.setup();
    renderApp();
    const region = timelineRegion();
    expect(within(region).getByText(titleOf(GEORGIA_LEAVES))).toBeInTheDocument();
    await user.click(within(region).getByRole('checkbox', { name: 'Membership' }));
    expect(within(region).queryByText(titleOf(GEORGIA_LEAVES))).toBeNull();
    expect(within(region).getByText('Belovezha Accords establish the CIS')).toBeInTheDocument();
    await user.click(within(region).getByRole('checkbox', { name: 'Membership' }));
    expect(within(region).getByText(titleOf(GEORGIA_LEAVES))).toBeInTheDocument();
  });

  /**
   * Fake timers for the 1.5 s step. The events here are fired with fireEvent (synchronous, in
   * act): user-event would await Testing Library's async wrapper, whose setTimeout(0) a faked
   * clock never fires under Vitest.
   */
  describe('Play', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });

    /** A click as a pointer makes it: pointerdown (which Play listens for), then click. */
    function press(element: HTMLElement) {
      fireEvent.pointerDown(element);
      fireEvent.mouseDown(element);
      fireEvent.pointerUp(element);
      fireEvent.mouseUp(element);
      fireEvent.click(element);
    }

    function startAtGeorgia() {
      renderApp();
      press(
        within(timelineRegion()).getByRole('button', { name: /Georgia’s withdrawal takes effect/ }),
      );
      press(playButton());
      expect(playButton()).toHaveAccessibleName('Pause');
      expect(playButton()).toHaveAttribute('aria-pressed', 'true');
    }

    const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

    it('advances to the next event every 1.5 s', () => {
      expect(PLAY_INTERVAL_MS).toBe(1500);
      startAtGeorgia();
      expect(selectedEventTitle()).toBe(titleOf(GEORGIA_LEAVES));

      advance(1400);
      expect(selectedEventTitle()).toBe(titleOf(GEORGIA_LEAVES));

      advance(100);
      expect(selectedEventTitle()).toBe('Free Trade Area treaty signed in St Petersburg');
      expect(slider()).toHaveAttribute('aria-valuetext', '18 October 2011');
      expect(mapTitle()).toHaveTextContent('18 Oct 2011');
      expect(playButton()).toHaveAttribute('aria-pressed', 'true');

      advance(1500);
      expect(selectedEventTitle()).toBe('Russia annexes Crimea');
      advance(300); // the address follows once the date has rested
      expect(window.location.search).toBe('?event=crimea-annexation-2014');
    });

    it.each([
      ['a', 'a'],
      ['Escape', 'Escape'],
      ['Shift', 'Shift'],
      ['ArrowRight', 'ArrowRight'],
    ])('pressing %s anywhere stops it', (_, key) => {
      startAtGeorgia();
      advance(1500);
      const reached = selectedEventTitle();
      expect(reached).not.toBe(titleOf(GEORGIA_LEAVES));

      fireEvent.keyDown(document.body, { key });
      expect(playButton()).toHaveAccessibleName('Play');
      expect(playButton()).toHaveAttribute('aria-pressed', 'false');

      advance(6000);
      expect(selectedEventTitle()).toBe(reached);
    });

    it('a key pressed on the slider stops it too', () => {
      startAtGeorgia();
      fireEvent.keyDown(slider(), { key: 'Tab' });
      expect(playButton()).toHaveAttribute('aria-pressed', 'false');
      advance(6000);
      expect(selectedEventTitle()).toBe(titleOf(GEORGIA_LEAVES));
    });

    it('a click elsewhere on the page stops it', () => {
      startAtGeorgia();
      press(screen.getByRole('link', { name: 'Kazakhstan' }));
      expect(playButton()).toHaveAttribute('aria-pressed', 'false');
      advance(6000);
      expect(selectedEventTitle()).toBe(titleOf(GEORGIA_LEAVES));
    });

    it('the Pause button stops it, and Play resumes', () => {
      startAtGeorgia();
      press(playButton());
      expect(playButton()).toHaveAttribute('aria-pressed', 'false');
      advance(6000);
      expect(selectedEventTitle()).toBe(titleOf(GEORGIA_LEAVES));

      press(playButton());
      expect(playButton()).toHaveAttribute('aria-pressed', 'true');
      advance(1500);
      expect(selectedEventTitle()).toBe('Free Trade Area treaty signed in St Petersburg');
    });

    it('from the last day it starts again at the first event, and stops at the end', () => {
      renderApp();
      press(playButton());
      expect(selectedEventTitle()).toBe('Belovezha Accords establish the CIS');
      expect(slider()).toHaveAttribute('aria-valuetext', '8 December 1991');
      for (let i = 0; i < EVENTS.length + 2; i += 1) advance(1500);
      expect(selectedEventTitle()).toBe('Informal CIS summit at the State Hermitage');
      expect(slider()).toHaveAttribute('aria-valuetext', '22 December 2025');
      expect(playButton()).toHaveAttribute('aria-pressed', 'false');
    });
  });
});
