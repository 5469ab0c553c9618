import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { heightMessages, MAX_HEIGHT } from '../../../src/embed/heightMessages';

/*
 * public/embed.js is the check that guards host pages: a classic script with no imports, so it is
 * run here as it is, against stand-ins for the host's window, document and frames.
 */

// Vitest runs from the project's root.
const SCRIPT = readFileSync(resolve('public/embed.js'), 'utf8');
const APP = 'https://app.example';
const TYPE = 'cis-explainer:height';

interface FakeFrame {
  readonly src: string;
  readonly title: string;
  readonly style: Record<'width' | 'border' | 'height', string>;
  readonly contentWindow: object;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

function fakeFrame({
  sandbox,
  title = 'CIS explainer',
  src = `${APP}/cis/?embed=1`,
}: { sandbox?: string; title?: string; src?: string | null } = {}) {
  const attributes = new Map<string, string>(sandbox === undefined ? [] : [['sandbox', sandbox]]);
  if (src !== null) attributes.set('src', src);
  const frame: FakeFrame = {
    src: src ?? '',
    title,
    style: { width: '', border: '', height: '' },
    contentWindow: {},
    hasAttribute: (name) => attributes.has(name),
    getAttribute: (name) => attributes.get(name) ?? null,
    setAttribute: (name, value) => void attributes.set(name, value),
  };
  return frame;
}

type Listener = (event: { data: unknown; origin: string; source: unknown }) => void;

/** Runs embed.js on a host page holding `frames`; returns its message listener(s) and warnings. */
function host(frames: FakeFrame[], window: object = {}) {
  const listeners: Listener[] = [];
  const warn = vi.fn();
  const document = {
    readyState: 'complete',
    documentElement: {},
    querySelectorAll: () => frames,
    addEventListener: () => {},
  };
  new Function(
    'window',
    'document',
    'location',
    'addEventListener',
    'MutationObserver',
    'requestAnimationFrame',
    'console',
    SCRIPT,
  )(
    window,
    document,
    { href: 'https://host.example/article' },
    (type: string, listener: Listener) => type === 'message' && listeners.push(listener),
    class {
      observe() {}
    },
    () => 0,
    { warn },
  );
  /** Posts `data` to the host as if from `from` (a frame's window by default) at `origin`. */
  const post = (data: unknown, from: FakeFrame = frames[0]!, origin = APP, source?: unknown) =>
    listeners.forEach((listener) =>
      listener({ data, origin, source: source === undefined ? from.contentWindow : source }),
    );
  return { listeners, post, warn };
}

describe('public/embed.js: preparing frames', () => {
  it('gives a bare frame a width, no border and a 600 px starting height', () => {
    const frame = fakeFrame();
    const { warn } = host([frame]);
    expect(frame.style).toEqual({ width: '100%', border: '0', height: '600px' });
    expect(warn).not.toHaveBeenCalled();
  });

  // A frame with a src is already loading: Firefox abandons that load when `loading` is set and
  // starts again, so the embed would be fetched twice (the cross-engine suite sees it happen).
  it('makes lazy only a frame that has not started loading', () => {
    const loading = fakeFrame();
    const notYet = fakeFrame({ src: null });
    host([loading, notYet]);
    expect(loading.getAttribute('loading')).toBeNull();
    expect(notYet.getAttribute('loading')).toBe('lazy');
  });

  it('warns about a frame without a title', () => {
    const { warn } = host([fakeFrame({ title: '' })]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('listens once, however often the host loads it', () => {
    const window = {};
    expect(host([fakeFrame()], window).listeners).toHaveLength(1);
    expect(host([fakeFrame()], window).listeners).toHaveLength(0);
  });
});

describe('public/embed.js: the height messages it takes', () => {
  it.each([
    ['with a null id', { type: TYPE, height: 812, id: null }, '812px'],
    ['with a string id', { type: TYPE, height: 812, id: 'abc' }, '812px'],
    ['without an id', { type: TYPE, height: 812 }, '812px'],
    ['rounding a fractional height', { type: TYPE, height: 812.5 }, '813px'],
    ['at the maximum', { type: TYPE, height: MAX_HEIGHT }, `${MAX_HEIGHT}px`],
    ['never below 100 px', { type: TYPE, height: 40 }, '100px'],
    ['at zero, as 100 px', { type: TYPE, height: 0 }, '100px'],
    ['reading only the height', { type: TYPE, height: 700, url: 'javascript:alert(1)' }, '700px'],
  ])('sizes the frame from our format %s', (_, data, height) => {
    const frame = fakeFrame();
    host([frame]).post(data);
    expect(frame.style.height).toBe(height);
  });

  it('takes the height the app posts (heightMessages), and ignores its AMP and Pym forms', () => {
    const frame = fakeFrame();
    const { post } = host([frame]);
    const [ours, ...others] = heightMessages(812.2, 'abc');
    others.forEach((message) => post(message));
    expect(frame.style.height).toBe('600px');
    post(ours);
    expect(frame.style.height).toBe('813px');
  });

  it.each([
    ['NaN', { type: TYPE, height: Number.NaN }],
    ['Infinity', { type: TYPE, height: Number.POSITIVE_INFINITY }],
    ['-Infinity', { type: TYPE, height: Number.NEGATIVE_INFINITY }],
    ['a string height', { type: TYPE, height: '500px' }],
    ['a numeric string height', { type: TYPE, height: '500' }],
    ['a negative height', { type: TYPE, height: -5 }],
    ['a huge height', { type: TYPE, height: 1e9 }],
    ['just over the maximum', { type: TYPE, height: MAX_HEIGHT + 1 }],
    ['a boxed number', { type: TYPE, height: Object(500) }],
    ['a missing height', { type: TYPE }],
    ['a null height', { type: TYPE, height: null }],
    ['another type', { type: 'embed-size', height: 500 }],
    ['AMP’s format', { sentinel: 'amp', type: 'embed-size', height: 500 }],
    ['the Pym string', 'pymxPYMxabcxPYMxheightxPYMx500'],
    ['our format as JSON text', JSON.stringify({ type: TYPE, height: 500 })],
    ['a bare number', 500],
    ['null', null],
    ['undefined', undefined],
    ['an array', [TYPE, 500]],
  ])('ignores %s', (_, data) => {
    const frame = fakeFrame();
    host([frame]).post(data);
    expect(frame.style.height).toBe('600px');
  });
});

describe('public/embed.js: who may size a frame', () => {
  const message = { type: TYPE, height: 900 };

  it('sizes only the frame whose window sent the message', () => {
    const [first, second] = [fakeFrame(), fakeFrame()];
    host([first, second]).post(message, second);
    expect(first.style.height).toBe('600px');
    expect(second.style.height).toBe('900px');
  });

  it.each([
    ['another window', {}],
    ['no window', null],
  ])('ignores a message from %s', (_, source) => {
    const frame = fakeFrame();
    host([frame]).post(message, frame, APP, source);
    expect(frame.style.height).toBe('600px');
  });

  it.each([
    ['another origin', undefined, 'https://evil.example'],
    ['the app’s host on another scheme', undefined, 'http://app.example'],
    ['origin null from a frame that is not sandboxed', undefined, 'null'],
    [
      'origin null from a sandbox that allows same origin',
      'allow-scripts allow-same-origin',
      'null',
    ],
  ])('ignores a message with %s', (_, sandbox, origin) => {
    const frame = fakeFrame({ sandbox });
    host([frame]).post(message, frame, origin);
    expect(frame.style.height).toBe('600px');
  });

  it('takes origin null from a frame sandboxed without allow-same-origin', () => {
    const frame = fakeFrame({ sandbox: 'allow-scripts' });
    host([frame]).post(message, frame, 'null');
    expect(frame.style.height).toBe('900px');
  });
});
