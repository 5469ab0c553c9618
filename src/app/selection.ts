import type { CountryCode, MapMode } from '../data/types';
import type { Day } from '../model/dates';
import type { UrlOptions } from '../options/types';
import type { ReaderOptions } from '../options/urlParams';

/**
 * Everything the reader has chosen; one owner, every view controlled by it. Its fields besides
 * `playing` are the reader options of the address (`date` is a deep link's date as written, kept
 * at its precision until the reader moves).
 */
export interface Selection extends ReaderOptions {
  readonly playing: boolean;
}

export type SelectionAction =
  | { readonly type: 'selectCountry'; readonly country: CountryCode | null }
  | { readonly type: 'setDay'; readonly day: Day }
  | { readonly type: 'selectEvent'; readonly event: string; readonly day: Day }
  | { readonly type: 'setMode'; readonly mode: MapMode }
  | { readonly type: 'selectQuote'; readonly quote: string }
  | { readonly type: 'play' }
  | { readonly type: 'stop' }
  /** Play's own step: like selectEvent, but keeps playing. */
  | { readonly type: 'tick'; readonly event: string; readonly day: Day }
  /** Back or Forward: the selection of the address returned to. */
  | { readonly type: 'restore'; readonly options: UrlOptions };

/** The starting selection from the URL's options. */
export function initialSelection(options: UrlOptions): Selection {
  const { day, date, country, event, mode, quote } = options;
  return { day, date, country, event, mode, quote, playing: false };
}

/** The one reducer of interaction state. Any reader action stops Play. */
export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'selectCountry':
      return { ...state, country: action.country, playing: false };
    case 'setDay':
      return state.day === action.day && !state.playing
        ? state
        : { ...state, day: action.day, date: null, event: null, playing: false };
    case 'selectEvent':
      return { ...state, event: action.event, day: action.day, date: null, playing: false };
    case 'tick':
      return { ...state, event: action.event, day: action.day, date: null };
    case 'setMode':
      return { ...state, mode: action.mode, playing: false };
    case 'selectQuote':
      return { ...state, quote: action.quote, playing: false };
    case 'play':
      return { ...state, playing: true };
    case 'stop':
      return state.playing ? { ...state, playing: false } : state;
    case 'restore':
      return initialSelection(action.options);
  }
}
