import { describe, expect, it } from 'vitest';
import { StateLead } from '../../../src/app/StateLead';
import { RU } from '../../../src/i18n/ru';
import { render, screen } from '../render';

describe('StateLead', () => {
  it('leads Georgia’s page with its status on the page’s date, since when, and why', () => {
    render(<StateLead country="GE" />);
    expect(
      screen.getByText(
        /^On 22 December 2025, Georgia was no longer in the CIS: its withdrawal took effect on 18 August 2009\. It had announced its withdrawal in August 2008/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Kremlin/ })).toBeInTheDocument();
    // Why, with the crisis's own sources.
    expect(
      screen.getByText(/^This came after the Russia–Georgia war of August 2008\.$/, {
        ignore: '.source-links, .source-links *',
        normalizer: (text) => text.replace(/\s*\[[^\]]*\]/g, '').trim(),
      }),
    ).toBeInTheDocument();
  });

  it('gives a member state its status, its date and its leader at the meeting, each sourced', () => {
    render(<StateLead country="KZ" />);
    expect(
      screen.getByText(
        /^On 22 December 2025, Kazakhstan was a member state of the CIS, as it had been since 20 April 1994\./,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Kassym-Jomart Tokayev, President of Kazakhstan, came to the leaders’ meeting/,
      ),
    ).toBeInTheDocument();
    expect(document.querySelectorAll('.source-links')).toHaveLength(2);
  });

  it('says Moldova is a member in law whose participation is halted', () => {
    render(<StateLead country="MD" />);
    expect(
      screen.getByText(
        /still a member of the CIS in law, but it had halted its participation in 2022/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/It sent no one to the leaders’ meeting that day\./),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^This came after Russia’s full-scale invasion of Ukraine/),
    ).toBeInTheDocument();
  });

  it('reads in Russian', () => {
    render(<StateLead country="GE" />, { locale: RU });
    expect(
      screen.getByText(
        /^На 22 декабря 2025 г\. Грузия не входит в СНГ: выход вступил в силу 18 августа 2009 г\./,
      ),
    ).toBeInTheDocument();
    // One full stop after «г.», not two.
    expect(
      screen.getByText(/^Это произошло после российско-грузинской войны в августе 2008\sг\.(?!\.)/),
    ).toBeInTheDocument();
  });
});
