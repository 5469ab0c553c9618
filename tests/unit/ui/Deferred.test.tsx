import { act, render, screen } from '../render';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeferUntilNear, Deferred } from '../../../src/ui/Deferred';
import { deferredPart } from '../../../src/ui/deferredParts';
import type { DeferredPart } from '../../../src/ui/deferredParts';

/** A part with state and a click handler, so hydration can be told from dead server HTML. */
function Counter({ label }: { readonly label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label}: {count}
    </button>
  );
}

/** A stand-in for IntersectionObserver that the test drives by hand. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly observed: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {}
  /** The observed element comes within the part's loading distance of the viewport. */
  near() {
    const entries = this.observed.map(
      (target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

beforeEach(() => {
  FakeObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

/** What the build writes into the HTML: the part rendered with its code already loaded. */
function serverHtml(label: string): string {
  const loaded: DeferredPart<{ label: string }> = { load: async () => Counter, Component: Counter };
  return renderToString(<Deferred part={loaded} props={{ label }} />);
}

/** Hydrates the server HTML with a part whose code has not loaded yet. */
async function hydrate(label: string) {
  const container = document.createElement('div');
  container.innerHTML = `<button type="button">Re-render the page</button>${serverHtml(label)}`;
  document.body.append(container);
  const serverButton = container.querySelector<HTMLButtonElement>('.deferred button');
  const load = vi.fn(async () => Counter);
  const part = deferredPart(load);
  function Page() {
    const [, setTick] = useState(0);
    return (
      <DeferUntilNear.Provider value={true}>
        {/* The rest of the page re-renders (the reader moves the date) while the part waits. */}
        <button type="button" onClick={() => setTick((tick) => tick + 1)}>
          Re-render the page
        </button>
        <Deferred part={part} props={{ label }} />
      </DeferUntilNear.Provider>
    );
  }
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  await act(async () => {
    hydrateRoot(container, <Page />);
  });
  return { container, serverButton, load, errors };
}

describe('Deferred', () => {
  it('outside hydration, loads the part at once and renders it with its props', async () => {
    const load = vi.fn(async () => Counter);
    const part = deferredPart(load);
    // Awaited act: React retries a suspended render only inside the act that started it.
    const { rerender } = await act(async () =>
      render(<Deferred part={part} props={{ label: 'Quotes' }} />),
    );
    expect(screen.getByRole('button', { name: 'Quotes: 0' })).toBeInTheDocument();
    rerender(<Deferred part={part} props={{ label: 'Sources' }} />);
    expect(screen.getByRole('button', { name: 'Sources: 0' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('while hydrating, keeps the server HTML and loads nothing until the part is near', async () => {
    const { container, serverButton, load, errors } = await hydrate('Sources');
    expect(load).not.toHaveBeenCalled();
    expect(container.querySelector('button + .deferred button')).toBe(serverButton);
    expect(serverButton).toHaveTextContent('Sources: 0');

    // A re-render of the page with equal props must not make React drop the waiting HTML.
    await userEvent.click(screen.getByRole('button', { name: 'Re-render the page' }));
    expect(container.querySelector('.deferred button')).toBe(serverButton);
    expect(load).not.toHaveBeenCalled();

    await act(async () => FakeObserver.instances[0]!.near());
    expect(load).toHaveBeenCalledTimes(1);
    // Hydrated in place: the same element, now live.
    await userEvent.click(serverButton!);
    expect(container.querySelector('.deferred button')).toBe(serverButton);
    expect(serverButton).toHaveTextContent('Sources: 1');
    expect(errors).not.toHaveBeenCalled();
    container.remove();
  });

  it('loads at once when the reader tabs into the part before it is near', async () => {
    const { container, serverButton, load } = await hydrate('Downloads');
    expect(load).not.toHaveBeenCalled();
    await act(async () => serverButton!.focus());
    expect(load).toHaveBeenCalledTimes(1);
    await userEvent.click(serverButton!);
    expect(serverButton).toHaveTextContent('Downloads: 1');
    container.remove();
  });

  it('repeats a press on a button that was still server HTML, once the part is live', async () => {
    const { container, serverButton, load } = await hydrate('Quotes');
    // React drops this click (it cannot hydrate the part in time); the part must not.
    await act(async () => serverButton!.click());
    expect(load).toHaveBeenCalledTimes(1);
    await expect.poll(() => serverButton!.textContent).toBe('Quotes: 1');
    // Pressed once, counted once: the repeat does not double a click React did handle.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(serverButton).toHaveTextContent('Quotes: 1');
    container.remove();
  });
});
