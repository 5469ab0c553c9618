/**
 * The words of the embed dialog. They load with the dialog (embedWords.ts), never with the first
 * view: few readers embed. The button that opens it, its loading line, the frame's title and the
 * credit line are in the main catalogue (`embed`).
 */
export const EN_EMBED_DIALOG = {
  heading: 'Embed this explainer',
  intro: 'The embed shows the map, date, country and mode you have chosen now.',
  show: 'Show',
  colours: 'Colours',
  views: {
    all: 'Everything',
    map: 'Map only',
    history: 'Membership chart only',
    timeline: 'Timeline only',
    quotes: 'Quotes only',
  },
  themes: { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s system' },
  /** Under the colour choice: why light is the default. */
  themeNote:
    'Light suits most stories; choose Dark for a dark page, or let each reader’s system decide.',
  responsive: 'Self-resizing (recommended)',
  fixed: 'Plain iframe, fixed height',
  copyResponsive: 'Copy self-resizing (recommended)',
  copyFixed: 'Copy plain iframe, fixed height',
  image: 'Image and link, for RSS, email and AMP',
  copyImage: 'Copy image and link',
  copied: 'Copied.',
  close: 'Close',
};

/** The dialog's words, in every language. */
export type EmbedDialogWords = typeof EN_EMBED_DIALOG;
