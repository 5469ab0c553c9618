import { render, screen, within } from '../render';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EVENTS } from '../../../src/data/events';
import { EVENT_CATEGORIES } from '../../../src/data/types';
import type { EventCategory, TimelineEvent } from '../../../src/data/types';
import { sortedEvents } from '../../../src/model/timeline';
import { Timeline } from '../../../src/timeline/Timeline';
import { EN } from '../../../src/i18n/en';
import { eventWords } from '../../../src/i18n/recordWords';

/** An event's English title, as the page shows it. */
const titleOf = (event: { readonly id: string }) => eventWords(EN.m, event.id).title;

const ALL = new Set<EventCategory>(EVENT_CATEGORIES);
const SORTED = sortedEvents(EVENTS);
const GEORGIA_LEAVES = EVENTS.find((e) => e.id === 'georgia-withdrawal-effective')!;

function renderTimeline({
  events = SORTED,
  categories = ALL,
  selected = null,
}: {
  events?: readonly TimelineEvent[];
  categories?: ReadonlySet<EventCategory>;
  selected?: string | null;
} = {}) {
  const onToggleCategory = vi.fn<(category: EventCategory) => void>();
  const onSelectEvent = vi.fn<(event: TimelineEvent) => void>();
  const view = render(
    <Timeline
      events={events}
      categories={categories}
      selected={selected}
      onToggleCategory={onToggleCategory}
      onSelectEvent={onSelectEvent}
    />,
  );
  return { onToggleCategory, onSelectEvent, view };
}

/**
 * The items of the one ordered list of events. (Its children, read directly: a role query over
 * 40 items with their links is slow in jsdom, and the list's role is checked here once.)
 */
function items() {
  const list = screen.getByRole('list');
  expect(list.tagName).toBe('OL');
  const children = [...list.children];
  for (const child of children) expect(child.tagName).toBe('LI');
  return children as HTMLElement[];
}

const eventButton = (title: string) =>
  screen.getByRole('button', { name: new RegExp(title.replace(/[()]/g, '\\$&')) });

describe('Timeline', { timeout: 30_000 }, () => {
  it('guards the fixture: the event this file uses exists', () => {
    expect(titleOf(GEORGIA_LEAVES)).toBe('Georgia’s withdrawal takes effect');
  });

  it('renders an ordered list with one item per event, in the given order', () => {
    renderTimeline();
    const rows = items();
    expect(rows).toHaveLength(EVENTS.length);
    rows.forEach((row, index) => {
      expect(row).toHaveTextContent(titleOf(SORTED[index]!));
    });
  });

  it('gives each item a <time dateTime> equal to its event’s date', () => {
    renderTimeline();
    const dates = items().map((row) => row.querySelector('time')?.getAttribute('datetime'));
    expect(dates).toEqual(SORTED.map((event) => event.date));
  });

  it('shows partial dates at their own precision', () => {
    renderTimeline();
    const georgiaJoins = items().find((row) => row.textContent?.includes('Georgia joins the CIS'))!;
    expect(georgiaJoins.querySelector('time')).toHaveTextContent(/^Dec 1993$/);
    expect(within(georgiaJoins).getByRole('button')).toHaveAccessibleName(/Dec 1993/);
  });

  it('lists only the events it is given', () => {
    const crises = SORTED.filter((event) => event.category === 'crises');
    renderTimeline({ events: crises, categories: new Set(['crises']) });
    expect(items()).toHaveLength(crises.length);
    expect(screen.queryByText(titleOf(GEORGIA_LEAVES))).toBeNull();
  });

  it('says so when no category is chosen', () => {
    renderTimeline({ events: [], categories: new Set() });
    expect(screen.getByText('No events in the chosen categories.')).toBeVisible();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('has one checkbox per category, ticked when the category is shown', () => {
    renderTimeline({ categories: new Set(['founding', 'summits']) });
    const group = screen.getByRole('group', { name: 'Show events about' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(EVENT_CATEGORIES.length);
    expect(within(group).getByRole('checkbox', { name: 'Founding' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Summits' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Crises' })).not.toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Membership' })).not.toBeChecked();
  });

  it('unticking a category calls onToggleCategory with it', async () => {
    const user = userEvent.setup();
    const { onToggleCategory, onSelectEvent } = renderTimeline();
    await user.click(screen.getByRole('checkbox', { name: 'Membership' }));
    expect(onToggleCategory).toHaveBeenCalledExactlyOnceWith('membership');
    await user.click(screen.getByRole('checkbox', { name: 'Treaties and institutions' }));
    expect(onToggleCategory).toHaveBeenLastCalledWith('treaties');
    expect(onSelectEvent).not.toHaveBeenCalled();
  });

  it('clicking an event’s button calls onSelectEvent with that event', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = renderTimeline();
    await user.click(eventButton(titleOf(GEORGIA_LEAVES)));
    expect(onSelectEvent).toHaveBeenCalledExactlyOnceWith(GEORGIA_LEAVES);
  });

  it('selects an event with the keyboard too', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = renderTimeline();
    eventButton('Belovezha Accords establish the CIS').focus();
    await user.keyboard('{Enter}');
    expect(onSelectEvent).toHaveBeenCalledExactlyOnceWith(
      EVENTS.find((e) => e.id === 'belovezha-accords'),
    );
  });

  it('marks the selected event, and only it, aria-current and pressed', () => {
    const { view } = renderTimeline({ selected: GEORGIA_LEAVES.id });
    const current = items().filter((row) => row.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent(titleOf(GEORGIA_LEAVES));
    expect(within(current[0]!).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByRole('button', { pressed: true })).toEqual([
      within(current[0]!).getByRole('button'),
    ]);

    view.rerender(
      <Timeline
        events={SORTED}
        categories={ALL}
        selected={null}
        onToggleCategory={() => {}}
        onSelectEvent={() => {}}
      />,
    );
    expect(items().filter((row) => row.hasAttribute('aria-current'))).toHaveLength(0);
    expect(screen.queryAllByRole('button', { pressed: true })).toHaveLength(0);
  });

  it('cites the sources of each event', () => {
    renderTimeline();
    for (const row of items()) {
      expect(row.querySelector('a[href]'), row.textContent ?? '').not.toBeNull();
    }
  });
});
