import { render, screen, waitFor, within } from '../render';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUOTES } from '../../../src/data/quotes';
import { SOURCES } from '../../../src/data/sources';
import { resolveSources } from '../../../src/model/citations';
import { QuotePanel } from '../../../src/quotes/QuotePanel';
import { quoteCitation } from '../../../src/quotes/quoteCitation';
import { EN } from '../../../src/i18n/en';

const quote = (id: string) => QUOTES.find((q) => q.id === id)!;
const citationOf = (id: string) =>
  quoteCitation(quote(id), resolveSources(quote(id).sourceIds, SOURCES), EN);

/** The panel with its selection held as the app holds it; onSelect is spied on. */
function renderPanel(initial: string | null = null) {
  const onSelect = vi.fn<(id: string) => void>();
  function Harness() {
    const [selected, setSelected] = useState(initial);
    return (
      <QuotePanel
        quotes={QUOTES}
        selected={selected}
        onSelect={(id) => {
          onSelect(id);
          setSelected(id);
        }}
      />
    );
  }
  render(<Harness />);
  return { onSelect };
}

const figure = () => screen.getByRole('figure');
const previous = () => screen.getByRole('button', { name: /Previous quote/ });
const next = () => screen.getByRole('button', { name: /Next quote/ });
const copyButton = () => screen.getByRole('button', { name: 'Copy quote with citation' });
/** The copy status (the panel's only role=status element). */
const copyStatus = () => screen.getByRole('status');

/** Replaces navigator.clipboard (after userEvent.setup, which installs its own). */
function setClipboard(value: unknown) {
  Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value });
}
function setExecCommand(result: boolean | (() => never)) {
  const execCommand = vi.fn((command: string) => {
    void command;
    if (typeof result === 'function') return result();
    return result;
  });
  Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
  return execCommand;
}

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('QuotePanel', () => {
  it('shows the quote as a figure: a blockquote with the words, a figcaption with who and where', () => {
    renderPanel('trade');
    const fig = figure();
    const blockquote = within(fig).getByRole('blockquote');
    expect(blockquote).toHaveTextContent(`“${quote('trade').text}”`);
    expect(blockquote).toHaveAttribute(
      'cite',
      'https://www.thearmeniadaily.com/article/877719797-cis-informal-meeting-held-in-russia',
    );
    const caption = fig.querySelector('figcaption');
    expect(caption).not.toBeNull();
    expect(caption).toHaveTextContent('Vladimir Putin, President of Russia.');
    expect(caption).toHaveTextContent('22 December 2025');
    expect(caption).toHaveTextContent('As reported by MENAFN');
    expect(fig).toHaveAccessibleName(/^Vladimir Putin, President of Russia\./);
    expect(within(fig).getByRole('link', { name: /MENAFN/ })).toBeInTheDocument();
  });

  it('shows a lead outside the quotation marks', () => {
    renderPanel('world-order');
    expect(within(figure()).getByRole('blockquote')).toHaveTextContent(
      /^All CIS members “unanimously advocate for the formation of a just world order/,
    );
  });

  it('without a selection shows the first quote', () => {
    renderPanel(null);
    expect(within(figure()).getByRole('blockquote')).toHaveTextContent(QUOTES[0]!.text);
    expect(screen.getByText(`Quote 1 of ${QUOTES.length}`)).toBeInTheDocument();
  });

  it('names the Kremlin transcript as the origin of the Kremlin quotes', () => {
    renderPanel('preserved-ties');
    expect(figure().querySelector('figcaption')).toHaveTextContent(
      'From the Kremlin’s English transcript',
    );
  });

  it('previous/next move through the quotes and are disabled at the ends', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderPanel(QUOTES[0]!.id);
    expect(previous()).toBeDisabled();
    expect(next()).toBeEnabled();
    expect(screen.getByText(`Quote 1 of ${QUOTES.length}`)).toBeInTheDocument();

    for (let i = 1; i < QUOTES.length; i += 1) {
      await user.click(next());
      expect(onSelect).toHaveBeenLastCalledWith(QUOTES[i]!.id);
      expect(within(figure()).getByRole('blockquote')).toHaveTextContent(QUOTES[i]!.text);
      expect(screen.getByText(`Quote ${i + 1} of ${QUOTES.length}`)).toBeInTheDocument();
      expect(previous()).toBeEnabled();
    }
    expect(next()).toBeDisabled();
    onSelect.mockClear();
    await user.click(next());
    expect(onSelect).not.toHaveBeenCalled();

    await user.click(previous());
    expect(onSelect).toHaveBeenLastCalledWith(QUOTES[QUOTES.length - 2]!.id);
    expect(next()).toBeEnabled();
  });

  it('the list of all quotes marks the current one and selects another', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderPanel('trade');
    const nav = screen.getByRole('navigation', { name: 'All quotes' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons).toHaveLength(QUOTES.length);
    expect(buttons.filter((b) => b.getAttribute('aria-current') === 'true')).toEqual([buttons[0]]);
    await user.click(within(nav).getByRole('button', { name: /unanimously advocate/ }));
    expect(onSelect).toHaveBeenLastCalledWith('world-order');
    expect(within(nav).getByRole('button', { name: /unanimously advocate/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('shows the notes on the trade figure’s period (C1) with the trade quote', () => {
    renderPanel('trade');
    const notes = screen.getByRole('list', { name: 'Notes on this quote' });
    expect(notes).toBeVisible();
    expect(notes).toHaveTextContent('Period of the ~$90bn trade figure:');
    expect(notes).toHaveTextContent('“First 10 months”');
    expect(notes).toHaveTextContent('“first nine months”');
    expect(within(notes).getAllByRole('listitem')).toHaveLength(quote('trade').notes.length);
  });

  it('does not show the trade notes with another quote, and none where there are none', async () => {
    const user = userEvent.setup();
    renderPanel('world-order');
    expect(screen.getByRole('list', { name: 'Notes on this quote' })).not.toHaveTextContent(
      'trade figure',
    );
    await user.click(next());
    expect(quote('new-year-meeting').notes).toHaveLength(0);
    expect(screen.queryByRole('list', { name: 'Notes on this quote' })).toBeNull();
  });

  describe('copy with citation', () => {
    it('when the Clipboard API works: writes the citation and says Copied', async () => {
      const user = userEvent.setup();
      const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
      setClipboard({ writeText });
      const execCommand = setExecCommand(false);
      renderPanel('trade');
      expect(copyStatus()).toBeEmptyDOMElement();

      await user.click(copyButton());

      expect(writeText).toHaveBeenCalledExactlyOnceWith(citationOf('trade'));
      expect(execCommand).not.toHaveBeenCalled();
      await waitFor(() => expect(copyStatus()).toHaveTextContent('Copied'));
      expect(copyStatus()).toHaveTextContent('Copied the quote and its citation.');
      expect(screen.queryByRole('textbox', { name: 'Quote with citation' })).toBeNull();
    });

    it('when writeText rejects and execCommand fails: shows the citation selected to copy by hand', async () => {
      const user = userEvent.setup();
      const writeText = vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
      setClipboard({ writeText });
      const execCommand = setExecCommand(false);
      renderPanel('world-order');

      await user.click(copyButton());

      const manual = await screen.findByRole('textbox', { name: 'Quote with citation' });
      expect(writeText).toHaveBeenCalledTimes(1);
      expect(execCommand).toHaveBeenCalledWith('copy');
      expect(manual).toHaveValue(citationOf('world-order'));
      expect(manual).toHaveAttribute('readonly');
      expect(copyStatus()).toHaveTextContent(/Copying is blocked here/);
      expect(copyStatus()).not.toHaveTextContent('Copied');
      const area = manual as HTMLTextAreaElement;
      await waitFor(() => {
        expect(area.selectionStart).toBe(0);
        expect(area.selectionEnd).toBe(citationOf('world-order').length);
      });
      // The hidden helper textarea of the execCommand route is gone again.
      expect(screen.getAllByRole('textbox', { hidden: true })).toEqual([manual]);
    });

    it('when execCommand throws it falls back the same way', async () => {
      const user = userEvent.setup();
      setClipboard({ writeText: vi.fn().mockRejectedValue(new Error('no')) });
      setExecCommand(() => {
        throw new Error('not supported');
      });
      renderPanel('trade');
      await user.click(copyButton());
      expect(await screen.findByRole('textbox', { name: 'Quote with citation' })).toHaveValue(
        citationOf('trade'),
      );
      expect(copyStatus()).toHaveTextContent(/Copying is blocked here/);
    });

    it('without a Clipboard API, execCommand("copy") succeeding says Copied', async () => {
      const user = userEvent.setup();
      setClipboard(undefined);
      const execCommand = setExecCommand(true);
      renderPanel('trade');
      await user.click(copyButton());
      await waitFor(() => expect(copyStatus()).toHaveTextContent('Copied'));
      expect(execCommand).toHaveBeenCalledWith('copy');
      expect(screen.queryByRole('textbox', { name: 'Quote with citation' })).toBeNull();
    });

    it('moving to another quote clears the copy status and the fallback', async () => {
      const user = userEvent.setup();
      setClipboard({ writeText: vi.fn().mockRejectedValue(new Error('no')) });
      setExecCommand(false);
      renderPanel('trade');
      await user.click(copyButton());
      await screen.findByRole('textbox', { name: 'Quote with citation' });
      await user.click(next());
      expect(copyStatus()).toBeEmptyDOMElement();
      expect(screen.queryByRole('textbox', { name: 'Quote with citation' })).toBeNull();
    });
  });
});
