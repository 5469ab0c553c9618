// The benchmark "floor": the least a Vite + React page can cost with the project's own
// versions. The app's numbers are read against this page's, measured on the same machine.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <h1>Hello</h1>
    <p>A bare Vite + React page, built with the same versions as the app.</p>
  </StrictMode>,
);
