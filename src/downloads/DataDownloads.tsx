import { memo, useState } from 'react';

type Format = 'csv' | 'json';
const FILES = [
  { name: 'statuses', title: 'Status history of the 15 states' },
  { name: 'timeline', title: 'Timeline events' },
  { name: 'quotes', title: 'Quotes from the 22 Dec 2025 meeting' },
  { name: 'corrections', title: 'Corrections log' },
] as const;

/**
 * "Get the data": CSV and JSON of the statuses, the timeline, the quotes and the corrections, each row with its
 * source ids. The files are made on demand in the browser, from the same typed data the page shows.
 */
// Memoised: it need not re-render while the reader scrubs through time.
export const DataDownloads = memo(function DataDownloads() {
  const [error, setError] = useState(false);
  const download = async (name: (typeof FILES)[number]['name'], format: Format) => {
    try {
      // Loaded on demand: nothing of this ships with the first view.
      const [{ DATASETS }, { toCsv }] = await Promise.all([import('./datasets'), import('./csv')]);
      const dataset = DATASETS.map((make) => make()).find((d) => d.name === name);
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
      <h2 id="downloads-title">Get the data</h2>
      <ul>
        {FILES.map((file) => (
          <li key={file.name}>
            {file.title}:{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void download(file.name, 'csv')}
            >
              CSV<span className="visually-hidden"> of {file.title.toLowerCase()}</span>
            </button>{' '}
            ·{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void download(file.name, 'json')}
            >
              JSON<span className="visually-hidden"> of {file.title.toLowerCase()}</span>
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert">
          The download could not be prepared here. The data is also in the tables above.
        </p>
      )}
    </section>
  );
});
