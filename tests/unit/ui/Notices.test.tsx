import { render, screen, within } from '../render';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseUrlOptions } from '../../../src/options/parseUrlOptions';
import { NOTICE_REASONS } from '../../../src/options/types';
import type { Notice } from '../../../src/options/types';
import { Notices } from '../../../src/ui/Notices';
import { EN_NOTICES } from '../../../src/i18n/en/notices';
import { RU } from '../../../src/i18n/ru';
import { loadNoticeWords } from '../../../src/i18n/noticeWords';

// Loaded before drawing, as mount.tsx loads them for a page with something to say.
beforeAll(() => loadNoticeWords('en'));

const NO_IDS = { events: new Map<string, string>(), quotes: new Set<string>() };

/** The notices as the app holds them: dismissing clears them. */
function Dismissible({ notices }: { readonly notices: readonly Notice[] }) {
  const [shown, setShown] = useState(notices);
  return <Notices notices={shown} onDismiss={() => setShown([])} />;
}

describe('Notices', () => {
  it('loads the words of its language when it first has something to say (Russian here)', async () => {
    render(
      <Notices
        notices={[{ param: 'mode', value: 'x', reason: 'not-a-mode' }]}
        onDismiss={() => {}}
      />,
      { locale: RU },
    );
    expect(
      await screen.findByText(/Некоторые параметры в адресе/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Закрыть' })).toBeInTheDocument();
  });

  it('keeps an empty live region when there is nothing to say', () => {
    render(<Notices notices={[]} onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lists each notice with its parameter, value and message', () => {
    const { notices } = parseUrlOptions('?country=XX&mode=satellite', NO_IDS);
    render(<Notices notices={notices} onDismiss={() => {}} />);
    const items = within(screen.getByRole('status')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      'country “XX” is not one of the 15 post-Soviet states’ two-letter codes.',
    );
    expect(items[1]).toHaveTextContent('mode “satellite” is not a map mode (status or meeting).');
    expect(within(items[0]!).getByText('country').tagName).toBe('CODE');
    expect(within(items[0]!).getByText('XX')).toHaveClass('notice-value');
  });

  it.each(NOTICE_REASONS)('says %s in one sentence with the name and value in place', (reason) => {
    const template = EN_NOTICES.reasons[reason];
    expect(template.match(/\{param\}/g)).toHaveLength(1);
    expect(template.match(/\{value\}/g)).toHaveLength(1);
    expect(template).toMatch(/\.$/);
    render(<Notices notices={[{ param: 'p', value: 'v', reason }]} onDismiss={() => {}} />);
    const item = within(screen.getByRole('status')).getByRole('listitem');
    expect(item.textContent).toBe(template.replace('{param}', 'p').replace('{value}', 'v'));
    expect(item.textContent).not.toContain('{');
  });

  it.each([
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<b>bold</b>',
  ])('renders the hostile value %j as text, creating no element from it', (value) => {
    const { notices } = parseUrlOptions(`?${new URLSearchParams({ country: value })}`, NO_IDS);
    const { container } = render(<Notices notices={notices} onDismiss={() => {}} />);
    const region = screen.getByRole('status');
    expect(within(region).getByText(value)).toBeInTheDocument();
    expect(container.querySelector('script, img, a, b, iframe')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('renders a hostile parameter name as text too', () => {
    const { notices } = parseUrlOptions('?%3Cimg%20src%3Dx%3E=1', NO_IDS);
    const { container } = render(<Notices notices={notices} onDismiss={() => {}} />);
    expect(within(screen.getByRole('status')).getByText('<img src=x>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('calls back when dismissed', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { notices } = parseUrlOptions('?theme=sepia', NO_IDS);
    render(<Notices notices={notices} onDismiss={onDismiss} />);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('empties the live region once dismissed, keeping the region itself', async () => {
    const user = userEvent.setup();
    const { notices } = parseUrlOptions('?theme=sepia&view=nope', NO_IDS);
    render(<Dismissible notices={notices} />);
    expect(within(screen.getByRole('status')).getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
