import { describe, expect, it } from 'vitest';
import { initialSelection, selectionReducer } from '../../../src/app/selection';
import type { Selection, SelectionAction } from '../../../src/app/selection';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';

const START: Selection = {
  day: '2000-12-31',
  date: '2000',
  country: 'GE',
  event: 'free-trade-treaty-2011',
  mode: 'status',
  quote: null,
  playing: false,
};
const PLAYING: Selection = { ...START, playing: true };

describe('initialSelection', () => {
  it('starts from the URL’s options, not playing', () => {
    const options = {
      ...DEFAULT_OPTIONS,
      country: 'MD' as const,
      day: '2022-12-31',
      date: '2022',
      mode: 'meeting' as const,
      quote: 'trade',
      embed: true,
    };
    expect(initialSelection(options)).toEqual({
      day: '2022-12-31',
      date: '2022',
      country: 'MD',
      event: null,
      mode: 'meeting',
      quote: 'trade',
      playing: false,
    });
  });
});

describe('selectionReducer', () => {
  it.each<[string, SelectionAction]>([
    ['selecting a country', { type: 'selectCountry', country: 'UA' }],
    ['clearing the country', { type: 'selectCountry', country: null }],
    ['moving the date', { type: 'setDay', day: '2010-01-01' }],
    ['moving to the same date', { type: 'setDay', day: START.day }],
    ['choosing an event', { type: 'selectEvent', event: 'ukraine-2018', day: '2018-05-19' }],
    ['switching the map mode', { type: 'setMode', mode: 'meeting' }],
    ['pressing stop', { type: 'stop' }],
  ])('stops Play on a reader action: %s', (_, action) => {
    expect(selectionReducer(PLAYING, action).playing).toBe(false);
  });

  it('starts Play', () => {
    expect(selectionReducer(START, { type: 'play' }).playing).toBe(true);
  });

  it('keeps playing on Play’s own tick, moving to the event and dropping the written date', () => {
    const next = selectionReducer(PLAYING, {
      type: 'tick',
      event: 'ukraine-2018',
      day: '2018-05-19',
    });
    expect(next).toEqual({
      ...PLAYING,
      event: 'ukraine-2018',
      day: '2018-05-19',
      date: null,
    });
  });

  it('selects a country without touching the date', () => {
    expect(selectionReducer(START, { type: 'selectCountry', country: 'UA' })).toEqual({
      ...START,
      country: 'UA',
    });
  });

  it('moving the date forgets the deep-linked date and the event', () => {
    expect(selectionReducer(START, { type: 'setDay', day: '2010-01-01' })).toEqual({
      ...START,
      day: '2010-01-01',
      date: null,
      event: null,
    });
  });

  it('returns the same state when the date does not change and nothing plays', () => {
    expect(selectionReducer(START, { type: 'setDay', day: START.day })).toBe(START);
    expect(selectionReducer(START, { type: 'stop' })).toBe(START);
  });

  it('choosing an event moves to its day and forgets the written date', () => {
    expect(
      selectionReducer(START, { type: 'selectEvent', event: 'ukraine-2018', day: '2018-05-19' }),
    ).toEqual({ ...START, event: 'ukraine-2018', day: '2018-05-19', date: null });
  });

  it('switches the mode without touching the date or country', () => {
    expect(selectionReducer(START, { type: 'setMode', mode: 'meeting' })).toEqual({
      ...START,
      mode: 'meeting',
    });
  });

  it('selects a quote without touching the date', () => {
    const next = selectionReducer(START, { type: 'selectQuote', quote: 'trade' });
    expect(next).toEqual({ ...START, quote: 'trade' });
  });

  it('does not mutate the state it is given', () => {
    const frozen = Object.freeze({ ...PLAYING });
    expect(() => selectionReducer(frozen, { type: 'setDay', day: '1999-01-01' })).not.toThrow();
    expect(frozen.day).toBe(START.day);
  });
});
