import { fireEvent, render, screen } from '../render';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EVENTS } from '../../../src/data/events';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { dayNumber } from '../../../src/model/dates';
import type { Day } from '../../../src/model/dates';
import { previousStop, timelineStops } from '../../../src/model/timeline';
import { DateSlider } from '../../../src/timeline/DateSlider';

const STOPS = timelineStops(STATUS_CHANGES, EVENTS);
const FIRST = dayNumber('1991-12-08');

interface Options {
  day?: Day;
  playing?: boolean;
  canGoBack?: boolean;
  canGoForward?: boolean;
}

function renderSlider({
  day = '2025-12-22',
  playing = false,
  canGoBack = true,
  canGoForward = true,
}: Options = {}) {
  const handlers = {
    onDayChange: vi.fn<(day: Day) => void>(),
    onPreviousEvent: vi.fn(),
    onNextEvent: vi.fn(),
    onTogglePlay: vi.fn(),
  };
  const view = render(
    <DateSlider
      day={day}
      stops={STOPS}
      playing={playing}
      canGoBack={canGoBack}
      canGoForward={canGoForward}
      {...handlers}
    />,
  );
  return { ...handlers, view };
}

/** The slider and its playing state, held as the app holds them. */
function Controlled({ initial }: { readonly initial: Day }) {
  const [day, setDay] = useState(initial);
  const [playing, setPlaying] = useState(false);
  return (
    <DateSlider
      day={day}
      stops={STOPS}
      playing={playing}
      onDayChange={setDay}
      onPreviousEvent={() => {}}
      onNextEvent={() => {}}
      onTogglePlay={() => setPlaying((p) => !p)}
      canGoBack
      canGoForward
    />
  );
}

const slider = () => screen.getByRole('slider', { name: /^Date/ });

describe('DateSlider', () => {
  it('is a slider named "Date" whose value text (said once) is the long date', () => {
    renderSlider({ day: '2025-12-22' });
    expect(slider()).toHaveAccessibleName('Date');
    expect(slider()).toHaveAttribute('aria-valuetext', '22 December 2025');
    expect(screen.getByRole('status')).toHaveTextContent('22 December 2025');
  });

  it('spans every day from 8 Dec 1991 to 22 Dec 2025, valued in days since the first', () => {
    renderSlider({ day: '2009-08-18' });
    expect(slider()).toHaveAttribute('min', '0');
    expect(slider()).toHaveAttribute('max', String(dayNumber('2025-12-22') - FIRST));
    expect(slider()).toHaveValue(String(dayNumber('2009-08-18') - FIRST));
    expect(slider()).toHaveAttribute('aria-valuetext', '18 August 2009');
  });

  it('shows the chosen date next to the label', () => {
    renderSlider({ day: '1993-12-01' });
    expect(screen.getByText('1 December 1993')).toBeVisible();
    expect(slider()).toHaveAttribute('aria-valuetext', '1 December 1993');
  });

  it('ArrowLeft asks for the previous stop', async () => {
    const user = userEvent.setup();
    const { onDayChange } = renderSlider({ day: '2025-12-22' });
    slider().focus();
    await user.keyboard('{ArrowLeft}');
    expect(onDayChange).toHaveBeenCalledExactlyOnceWith(previousStop(STOPS, '2025-12-22'));
    expect(onDayChange.mock.calls[0]![0] < '2025-12-22').toBe(true);
  });

  it('ArrowRight asks for the next stop', async () => {
    const user = userEvent.setup();
    const { onDayChange } = renderSlider({ day: '2008-08-12' });
    slider().focus();
    await user.keyboard('{ArrowRight}');
    expect(onDayChange).toHaveBeenCalledExactlyOnceWith('2009-08-18');
  });

  it('Home asks for 1991-12-08 and End for 2025-12-22', async () => {
    const user = userEvent.setup();
    const { onDayChange } = renderSlider({ day: '2009-08-18' });
    slider().focus();
    await user.keyboard('{Home}');
    expect(onDayChange).toHaveBeenLastCalledWith('1991-12-08');
    await user.keyboard('{End}');
    expect(onDayChange).toHaveBeenLastCalledWith('2025-12-22');
    expect(onDayChange).toHaveBeenCalledTimes(2);
  });

  it('PageDown asks for the same day a year earlier', async () => {
    const user = userEvent.setup();
    const { onDayChange } = renderSlider({ day: '2009-08-18' });
    slider().focus();
    await user.keyboard('{PageDown}');
    expect(onDayChange).toHaveBeenCalledExactlyOnceWith('2008-08-18');
  });

  it('ignores keys that are not date keys', async () => {
    const user = userEvent.setup();
    const { onDayChange } = renderSlider({ day: '2009-08-18' });
    slider().focus();
    await user.keyboard('a{Enter}');
    expect(onDayChange).not.toHaveBeenCalled();
  });

  it.each([
    ['1991-12-08', 0],
    ['2008-07-01', dayNumber('2008-07-01') - FIRST],
    ['2009-08-18', dayNumber('2009-08-18') - FIRST],
    ['2025-12-22', dayNumber('2025-12-22') - FIRST],
  ])('moving it to %s (value %i) asks for that day', (day, value) => {
    const { onDayChange } = renderSlider({ day: '2000-01-01' });
    fireEvent.change(slider(), { target: { value: String(value) } });
    expect(onDayChange).toHaveBeenCalledExactlyOnceWith(day);
  });

  it('controlled: the keyboard moves the slider and its value text', async () => {
    const user = userEvent.setup();
    render(<Controlled initial="2009-08-18" />);
    slider().focus();
    await user.keyboard('{Home}');
    expect(slider()).toHaveAttribute('aria-valuetext', '8 December 1991');
    expect(slider()).toHaveValue('0');
    await user.keyboard('{ArrowRight}');
    expect(slider()).toHaveAttribute('aria-valuetext', '10 December 1991');
    await user.keyboard('{End}');
    expect(slider()).toHaveAttribute('aria-valuetext', '22 December 2025');
  });

  it('the Play button calls onTogglePlay and shows its state with aria-pressed', async () => {
    const user = userEvent.setup();
    const { onTogglePlay, view } = renderSlider({ playing: false });
    const play = screen.getByRole('button', { name: 'Play' });
    expect(play).toHaveAttribute('aria-pressed', 'false');
    await user.click(play);
    expect(onTogglePlay).toHaveBeenCalledTimes(1);

    view.rerender(
      <DateSlider
        day="2025-12-22"
        stops={STOPS}
        playing
        canGoBack
        canGoForward
        onDayChange={() => {}}
        onPreviousEvent={() => {}}
        onNextEvent={() => {}}
        onTogglePlay={onTogglePlay}
      />,
    );
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
  });

  it('the Play button toggles between Play and Pause', async () => {
    const user = userEvent.setup();
    render(<Controlled initial="2009-08-18" />);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('previous and next event buttons call their handlers', async () => {
    const user = userEvent.setup();
    const { onPreviousEvent, onNextEvent } = renderSlider();
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(onPreviousEvent).toHaveBeenCalledTimes(1);
    expect(onNextEvent).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(onNextEvent).toHaveBeenCalledTimes(1);
  });

  it('disables "Previous event" when there is none, and it then does nothing', async () => {
    const user = userEvent.setup();
    const { onPreviousEvent } = renderSlider({ canGoBack: false, canGoForward: true });
    expect(screen.getByRole('button', { name: /Previous event/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Next event/ })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(onPreviousEvent).not.toHaveBeenCalled();
  });

  it('disables "Next event" when there is none', () => {
    renderSlider({ canGoBack: true, canGoForward: false });
    expect(screen.getByRole('button', { name: /Previous event/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Next event/ })).toBeDisabled();
  });
});
