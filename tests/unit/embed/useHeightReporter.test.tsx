import { renderHook } from '../render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHeightReporter } from '../../../src/embed/useHeightReporter';
import { startHeightReporter } from '../../../src/embed/heightReporter';

/** The reporter started as an embed starts it; `unmount` stops it. */
const report = (childId: string | null) => ({ unmount: startHeightReporter(childId) });

/** A ResizeObserver whose callbacks the test fires by hand. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  fire() {
    this.callback([], this as unknown as ResizeObserver);
  }
}

let frames = new Map<number, FrameRequestCallback>();
let nextFrame = 1;
/** Runs the callbacks of one animation frame, as the browser would before painting. */
function flushFrame() {
  const due = [...frames.values()];
  frames = new Map();
  due.forEach((callback) => callback(performance.now()));
}

let root: HTMLElement;
let height = 500;
const postMessage = vi.fn<(message: unknown, targetOrigin: string) => void>();
const ownParent = Object.getOwnPropertyDescriptor(window, 'parent');
const restoreParent = () => {
  if (ownParent) Object.defineProperty(window, 'parent', ownParent);
};

beforeEach(() => {
  FakeResizeObserver.instances = [];
  frames = new Map();
  height = 500;
  postMessage.mockReset();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(nextFrame, callback);
    return nextFrame++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  // jsdom has no layout: the app root reports whatever height the test sets.
  root = document.createElement('div');
  root.id = 'root';
  root.getBoundingClientRect = () => ({ bottom: height, height }) as DOMRect;
  document.body.append(root);
  // The page is framed: its parent is a fake window with a postMessage spy.
  Object.defineProperty(window, 'parent', { configurable: true, value: { postMessage } });
});

afterEach(() => {
  root.remove();
  restoreParent(); // jsdom's own: parent === window
  vi.unstubAllGlobals();
});

const observer = () => FakeResizeObserver.instances.at(-1)!;
const posted = () => postMessage.mock.calls.map(([message]) => message);
const batch = (px: number) => [
  { type: 'cis-explainer:height', height: px, id: null },
  { sentinel: 'amp', type: 'embed-size', height: px },
];

describe('useHeightReporter', () => {
  it('posts the content height in a frame after mounting, to any origin', () => {
    report(null);
    expect(postMessage).not.toHaveBeenCalled();
    flushFrame();
    expect(posted()).toEqual(batch(500));
    expect(postMessage.mock.calls.every(([, origin]) => origin === '*')).toBe(true);
  });

  it('observes the app root (and the body), not the viewport', () => {
    report(null);
    expect(observer().observed).toEqual([root, document.body]);
  });

  it('coalesces many resizes into one measurement per animation frame', () => {
    report(null);
    flushFrame();
    postMessage.mockClear();
    height = 700;
    observer().fire();
    height = 800;
    observer().fire();
    observer().fire();
    expect(frames.size).toBe(1);
    flushFrame();
    expect(posted()).toEqual(batch(800));
  });

  it('stays quiet when a resize leaves the height unchanged', () => {
    report(null);
    flushFrame();
    postMessage.mockClear();
    observer().fire();
    flushFrame();
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('reports shrinking as well as growing', () => {
    report(null);
    flushFrame();
    height = 900;
    observer().fire();
    flushFrame();
    height = 450;
    observer().fire();
    flushFrame();
    expect(posted()).toEqual([...batch(500), ...batch(900), ...batch(450)]);
  });

  it('adds the Pym.js string and echoes the childId when there is one', () => {
    report('abc');
    flushFrame();
    expect(posted()).toEqual([
      { type: 'cis-explainer:height', height: 500, id: 'abc' },
      { sentinel: 'amp', type: 'embed-size', height: 500 },
      'pymxPYMxabcxPYMxheightxPYMx500',
    ]);
  });

  it('in an embed, the hook loads the reporter and starts it; unmounting stops it', async () => {
    const { unmount } = renderHook(() => useHeightReporter(true, null));
    await vi.waitFor(() => expect(FakeResizeObserver.instances).toHaveLength(1));
    flushFrame();
    expect(posted()).toEqual(batch(500));
    unmount();
    expect(observer().disconnected).toBe(true);
  });

  it('does nothing when not embedded', () => {
    renderHook(() => useHeightReporter(false, 'abc'));
    flushFrame();
    expect(FakeResizeObserver.instances).toHaveLength(0);
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('does nothing when the page is not framed', () => {
    restoreParent();
    expect(window.parent).toBe(window);
    report(null);
    flushFrame();
    expect(FakeResizeObserver.instances).toHaveLength(0);
  });

  it('disconnects and cancels a pending frame on unmount', () => {
    const { unmount } = report(null);
    unmount();
    expect(observer().disconnected).toBe(true);
    expect(frames.size).toBe(0);
    flushFrame();
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('keeps working when the parent refuses a message', () => {
    postMessage.mockImplementation(() => {
      throw new DOMException('gone', 'InvalidStateError');
    });
    report(null);
    expect(() => flushFrame()).not.toThrow();
    expect(postMessage).toHaveBeenCalledTimes(2);
  });
});
