import './styles.css';
// The drawn-in map's colours, made from src/map/colour/palette.ts at build time: with the first paint.
import 'virtual:map-palette.css';

// The entry stays tiny so the prerendered page paints first. React, the data and the app arrive
// in a chunk of their own, requested once the first frame has been painted (double rAF), so their
// download and start-up never hold back the text. The page's <html lang> (written by the
// prerender) picks the edition, whose chunk carries only that language's catalogue.
const edition = () =>
  document.documentElement.lang === 'ru' ? import('./mountRu') : import('./mountEn');
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void edition();
};
requestAnimationFrame(() => requestAnimationFrame(start));
// A frame the browser does not render gets no animation frames: WordPress hides its embeds'
// frames until their first message, which only the app sends. It starts a second later anyway.
setTimeout(start, 1000);
