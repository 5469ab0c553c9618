import { DEFAULT_OPTIONS, EMBED_THEME } from './defaults';
import type { UrlOptions } from './types';

/** What one URL parameter is and what it does; see URL_PARAMS. */
interface UrlParamSpec {
  /** The parameter's name in the address; for presentation, also its key in UrlOptions. */
  readonly name: string;
  /**
   * `reader`: part of the selection, which the reader changes on the page (the address follows).
   * `presentation`: how the page is shown, fixed for the life of the page.
   */
  readonly role: 'reader' | 'presentation';
  /**
   * What a non-default value does to the prerendered page (the default state): `redrawn`, it
   * draws another state, so the app renders instead of hydrating; `restyled`, only a root
   * attribute changes (public/pending.js sets it before the first paint, the HTML hydrates as
   * it is); `unchanged`. public/pending.js hides the page until the app is in for `redrawn`.
   */
  readonly prerendered: 'redrawn' | 'restyled' | 'unchanged';
  /** Meaningful only inside a frame: the embed's link to the full page leaves it out. */
  readonly frameOnly: boolean;
  /** The option that holds what it draws, if not the one of its name. */
  readonly drawnAs?: keyof UrlOptions;
}

/**
 * Every parameter the page reads, once, in the order the app writes them back to the address.
 * The parser, the address writer, the embed code, the embed's credit link, mount.tsx's choice to
 * hydrate, and public/pending.js (held to it by tests/unit/options/pendingScript.test.ts) all go
 * by this table; a new parameter starts here and the compiler points at the code it needs.
 */
export const URL_PARAMS = [
  { name: 'country', role: 'reader', prerendered: 'redrawn', frameOnly: false },
  { name: 'event', role: 'reader', prerendered: 'redrawn', frameOnly: false },
  // The address keeps the date as written ('1993'); the page draws its day ('1993-12-31').
  { name: 'date', role: 'reader', prerendered: 'redrawn', frameOnly: false, drawnAs: 'day' },
  { name: 'mode', role: 'reader', prerendered: 'redrawn', frameOnly: false },
  { name: 'quote', role: 'reader', prerendered: 'redrawn', frameOnly: false },
  { name: 'embed', role: 'presentation', prerendered: 'redrawn', frameOnly: true },
  { name: 'view', role: 'presentation', prerendered: 'redrawn', frameOnly: true },
  // Kept in the embed's link to the full page: the reader goes on in the colours they saw.
  // Colours are CSS custom properties by name, so a scheme is a root attribute, not a redraw.
  { name: 'theme', role: 'presentation', prerendered: 'restyled', frameOnly: false },
  { name: 'transparent', role: 'presentation', prerendered: 'restyled', frameOnly: true },
  { name: 'childId', role: 'presentation', prerendered: 'unchanged', frameOnly: true },
] as const satisfies readonly UrlParamSpec[];

type Spec = (typeof URL_PARAMS)[number];
/** The name of a parameter the page reads. */
export type UrlParam = Spec['name'];
/** Parameters of how the page is shown; each is also the name of its option. */
export type PresentationParam = Extract<Spec, { role: 'presentation' }>['name'];
/** The options the reader does not change on the page. */
export type PresentationOptions = Pick<UrlOptions, PresentationParam>;
/** The options that start the reader's selection. */
export type ReaderOptions = Omit<UrlOptions, PresentationParam>;

const NAMES: ReadonlySet<string> = new Set(URL_PARAMS.map((param) => param.name));

/** True for the name of a parameter of the table (case-sensitive, as the address is). */
export function isUrlParam(name: string): name is UrlParam {
  return NAMES.has(name);
}

/** The presentation parameters, which the embed code sets afresh. */
export const PRESENTATION_PARAMS: readonly PresentationParam[] = URL_PARAMS.filter(
  (param) => param.role === 'presentation',
).map((param) => param.name as PresentationParam);

/** The parameters that draw another page, so public/pending.js must hide the prerendered one. */
export const PENDING_PARAMS: readonly UrlParam[] = URL_PARAMS.filter(
  (param) => param.prerendered === 'redrawn',
).map((param) => param.name);

/** The parameters that public/pending.js applies itself, as a root attribute, before paint. */
export const RESTYLED_PARAMS: readonly UrlParam[] = URL_PARAMS.filter(
  (param) => param.prerendered === 'restyled',
).map((param) => param.name);

const DRAWN_OPTIONS: readonly (keyof UrlOptions)[] = URL_PARAMS.filter(
  (param) => param.prerendered === 'redrawn',
).map((param) => ('drawnAs' in param ? param.drawnAs : param.name));

/**
 * True when the options draw the same page as the prerendered one (`prerendered`: the defaults,
 * or on a state's page the defaults with that state selected), so its HTML can hydrate.
 */
export function drawsAsPrerendered(
  options: UrlOptions,
  prerendered: UrlOptions = DEFAULT_OPTIONS,
): boolean {
  return DRAWN_OPTIONS.every((key) => options[key] === prerendered[key]);
}

/** The options with everything that only makes sense in a frame back at its default. */
export function outsideFrame(options: UrlOptions): UrlOptions {
  const reset = URL_PARAMS.filter((param) => param.frameOnly).map((param) => [
    param.name,
    DEFAULT_OPTIONS[param.name],
  ]);
  // The frame's own default colours are the publisher's choice for the frame: outside it, the
  // page follows the reader unless the publisher chose otherwise.
  const theme =
    options.embed && options.theme === EMBED_THEME ? DEFAULT_OPTIONS.theme : options.theme;
  return { ...options, theme, ...(Object.fromEntries(reset) as Partial<UrlOptions>) };
}
