import { render, screen } from '../render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { PanelBoundary } from '../../../src/ui/PanelBoundary';

function Broken(): never {
  throw new Error('boom');
}

describe('PanelBoundary', () => {
  let warn: MockInstance<typeof console.warn>;

  beforeEach(() => {
    // The expected noise of a caught render error: React's report and the boundary's own warning.
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders its children when they render', () => {
    render(
      <PanelBoundary panel="map">
        <p>Map here</p>
      </PanelBoundary>,
    );
    expect(screen.getByText('Map here')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('shows an alert naming the failed panel while a sibling outside still renders', () => {
    render(
      <main>
        <PanelBoundary panel="map">
          <Broken />
        </PanelBoundary>
        <h2>The CIS since 1991</h2>
      </main>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The map could not be shown. The rest of the page still works; reloading may help.',
    );
    expect(screen.getByRole('heading', { name: 'The CIS since 1991' })).toBeInTheDocument();
  });

  it('keeps each panel’s failure inside its own boundary', () => {
    render(
      <>
        <PanelBoundary panel="map">
          <Broken />
        </PanelBoundary>
        <PanelBoundary panel="timeline">
          <p>Timeline here</p>
        </PanelBoundary>
      </>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent(/^The map could not be shown/);
    expect(screen.getByText('Timeline here')).toBeInTheDocument();
  });

  it('logs the error for whoever opens the console', () => {
    render(
      <PanelBoundary panel="quotes">
        <Broken />
      </PanelBoundary>,
    );
    expect(warn).toHaveBeenCalledWith(
      'Panel "quotes" failed:',
      expect.objectContaining({ message: 'boom' }),
      expect.any(String),
    );
  });
});
