import { act, render, screen, within } from '../render';
import { describe, expect, it } from 'vitest';
import { SourcesPage } from '../../../src/app/SourcesPage';
import { CITING_RECORDS } from '../../../src/data/citingRecords';
import { CORRECTIONS } from '../../../src/data/corrections';
import { SOURCES } from '../../../src/data/sources';
import { RU } from '../../../src/i18n/ru';
import { citedSources } from '../../../src/model/citations';
import { SourcesOnPage } from '../../../src/sources/SourceLinks';
import { SourcesSection } from '../../../src/sources/SourcesSection';
import { DeferUntilNear } from '../../../src/ui/Deferred';
import { PageRoot } from '../../../src/ui/usePageRoot';

const CITED = citedSources(CITING_RECORDS, SOURCES);

describe('SourcesSection', () => {
  it('on a prerendered page, starts as its heading and a link to the sources page, with no list', () => {
    render(
      <DeferUntilNear.Provider value={true}>
        <PageRoot.Provider value="../../">
          <SourcesSection embed={false} />
        </PageRoot.Provider>
      </DeferUntilNear.Provider>,
    );
    const region = screen.getByRole('region', { name: 'Sources' });
    expect(
      within(region).getByRole('link', { name: 'All sources and corrections' }),
    ).toHaveAttribute('href', '../../sources/');
    expect(within(region).queryByRole('list')).not.toBeInTheDocument();
  });

  it('in an embed, its link opens the sources page in a new tab', () => {
    render(
      <DeferUntilNear.Provider value={true}>
        <SourcesSection embed={true} />
      </DeferUntilNear.Provider>,
    );
    expect(screen.getByRole('link', { name: 'All sources and corrections' })).toHaveAttribute(
      'target',
      '_blank',
    );
  });

  it('drawn in the browser alone (a deep link), brings in the list at once', async () => {
    // Awaited act: React retries a suspended render only inside the act that started it.
    await act(async () => {
      render(<SourcesSection embed={false} />);
      // The list's code, as the section asks for it; then one turn for the part to take it in.
      await import('../../../src/sources/PageSources');
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const region = screen.getByRole('region', { name: 'Corrections' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(CORRECTIONS.length);
    expect(document.querySelectorAll('.source-list > li')).toHaveLength(CITED.length);
  });
});

describe('SourcesPage', () => {
  it('heads every source and correction with its own title, under a link home', () => {
    render(
      <PageRoot.Provider value="../">
        <SourcesOnPage.Provider value={true}>
          <SourcesPage />
        </SourcesOnPage.Provider>
      </PageRoot.Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sources and corrections');
    expect(
      screen.getByRole('link', { name: 'The Commonwealth of Independent States' }),
    ).toHaveAttribute('href', '../');
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem')).toHaveLength(CITED.length);
    expect(sources).toHaveTextContent('Every fact in the explainer cites');
    // Its citations point into itself.
    const correction = screen.getByRole('region', { name: 'Corrections' });
    expect(within(correction).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\.\.\/sources\/#source-/),
    );
  });

  it('speaks Russian in the Russian edition', () => {
    render(
      <PageRoot.Provider value="../">
        <SourcesPage />
      </PageRoot.Provider>,
      { locale: RU },
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Источники и исправления');
    expect(screen.getByRole('navigation')).toBeInTheDocument();
  });
});
