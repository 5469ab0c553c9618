import { memo, useState } from 'react';
import { useLocale } from '../i18n/useLocale';

type Format = 'csv' | 'json';
const FILES = ['statuses', 'timeline', 'quotes', 'corrections', 'sources'] as const;

/**
 * "Get the data": CSV and JSON of the statuses, the timeline, the quotes and the corrections, each row with its
 * source ids, and of the sources those ids name. The files are made on demand in the browser, from the same typed data the page shows.
 */
// Memoised: it need not re-render while the reader scrubs through time.
export const DataDownloads = memo(function DataDownloads() {
  const locale = useLocale();
  const { m } = locale;
  const [error, setError] = useState(false);
  const download = async (name: (typeof FILES)[number], format: Format) => {
    try {
      // Loaded on demand: nothing of this ships with the first view.
      const [{ DATASETS }, { toCsv }] = await Promise.all([import('./datasets'), import('./csv')]);
      const dataset = DATASETS.map((make) => make(locale)).find((d) => d.name === name);
      if (!dataset) return;
      const body =
        format === 'csv'
          ? toCsv(dataset.columns, dataset.rows)
          : JSON.stringify(dataset.rows, null, 2);
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
      const url = URL.createObjectURL(new Blob([body], { type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `cis-${name}.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      setError(true);
    }
  };
  return (
    <section className="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{m.downloads.heading}</h2>
      <ul>
        {FILES.map((file) => (
          <li key={file}>
            {m.downloads.files[file]}:{' '}
            <button
              type="button"
              className="link-button"
              aria-label={m.downloads.csvOf(m.downloads.inline[file])}
              onClick={() => void download(file, 'csv')}
            >
              {m.downloads.csv}
            </button>{' '}
            ·{' '}
            <button
              type="button"
              className="link-button"
              aria-label={m.downloads.jsonOf(m.downloads.inline[file])}
              onClick={() => void download(file, 'json')}
            >
              {m.downloads.json}
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{m.downloads.failed}</p>}
    </section>
  );
});
