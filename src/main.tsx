import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EVENTS } from './data/events';
import { QUOTES } from './data/quotes';
import { parseUrlOptions } from './embed/urlOptions';
import './styles.css';

// Composition root: read the URL once, bind the real dataset, mount the app.
const { options, notices } = parseUrlOptions(window.location.search, {
  events: new Map(EVENTS.map((event) => [event.id, event.date])),
  quotes: new Set(QUOTES.map((quote) => quote.id)),
});

const root = document.documentElement;
if (options.theme !== 'auto') root.dataset['theme'] = options.theme;
if (options.embed) root.dataset['embed'] = 'true';
if (options.transparent) root.dataset['transparent'] = 'true';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App options={options} notices={notices} />
    </StrictMode>,
  );
}
