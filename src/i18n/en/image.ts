/**
 * The words of the downloadable image and its dialog. They load with the dialog (imageWords.ts),
 * never with the first view; the button that opens it is in the main catalogue (`image`).
 */
export const EN_IMAGE = {
  heading: 'Download the map as an image',
  intro:
    'The picture of the map as you have it now: its date and mode, the state you selected if any, the key with each count, and the source line. On a light background, for print and slides, whatever your screen’s colours.',
  preview: (title: string) => `Preview: ${title}`,
  png: 'Download PNG',
  pngHint: '2400 pixels wide: for the web, social posts and slides.',
  svg: 'Download SVG',
  svgHint: 'Vector: for print and for editing in Illustrator or Inkscape.',
  /** Said once the browser has been handed the file. */
  saved: (file: string) => `Downloading ${file}.`,
  /** A frame whose page forbids downloads, known for sure. */
  blocked:
    'This embedded map is not allowed to save files on this website. To download the image, open the full explainer:',
  /** A sandboxed frame whose rules the page cannot read: the download may have been refused. */
  mayBeBlocked:
    'If nothing was saved, this embedded map is not allowed to save files on this website. To download the image, open the full explainer:',
  failed:
    'The image could not be made in this browser. The map, its key and its sources are on the page.',
  /** `site` is the explainer's name (pages.site). */
  credit: (site: string, address: string) => `To credit it: “Map: ${site}, ${address}”.`,
  close: 'Close',
  /** The image's own source line: the page it came from, and the boundaries. */
  source: (address: string) => `Sources: see ${address}; boundaries: Natural Earth`,
  borders:
    'Crimea is shown as part of Ukraine, as internationally recognised (UN General Assembly resolution 68/262). Equal-area projection.',
  /** Under the title, when a state is selected: `shape` is its name and status. */
  outlined: (shape: string) => `Outlined: ${shape}`,
  /** The key's entry for a dashed outline. */
  dashed: 'Dashed outline: status date known only to the month or year',
  /** File names begin with it: ASCII, lower case. */
  filePrefix: 'cis',
};

/** The shape of the image's words in every language. */
export type ImageWords = typeof EN_IMAGE;
