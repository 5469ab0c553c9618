import { use, useEffect, useRef, useState } from 'react';
import { usePageRoot } from '../ui/usePageRoot';
import { useCopy } from '../ui/useCopy';
import { embedSnippets, imageSnippet } from './embedCode';
import type { EmbedChoice } from './embedCode';
import { useLocale } from '../i18n/useLocale';
import type { EmbedDialogWords } from '../i18n/embedWords';
import { EDITIONS, editionPath } from '../i18n/editions';
import { COUNTRY_CODES } from '../data/types';
import { EMBED_THEME } from '../options/pages';

/** A labelled select over the keys of `labels`, each shown by its label. */
function Choice<K extends string>({
  label,
  value,
  labels,
  onChange,
}: {
  readonly label: string;
  readonly value: K;
  readonly labels: Readonly<Record<K, string>>;
  readonly onChange: (value: K) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as K)}>
        {(Object.keys(labels) as K[]).map((key) => (
          <option key={key} value={key}>
            {labels[key]}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A modal dialog with the embed code for the page's current state, in two forms, with copy
 * buttons. `search` is the reader's selection as a query (the state included).
 */
export default function EmbedDialog({
  search,
  words: wordsLoading,
  onClose,
}: {
  readonly search: string;
  /** Its words, on their way since the button was pressed (src/i18n/embedWords.ts). */
  readonly words: Promise<EmbedDialogWords>;
  readonly onClose: () => void;
}) {
  const locale = useLocale();
  const { m } = locale;
  // The dialog's own words come with it, not with the first view.
  const words = use(wordsLoading);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<EmbedChoice>({ view: 'all', theme: EMBED_THEME });
  const copying = useCopy<string>();
  // From the selection, not the address bar: the address follows the date only once it rests.
  const rootHref = new URL(usePageRoot(), window.location.href).href;
  const snippets = embedSnippets(
    rootHref,
    search,
    choice,
    m.embed.frameTitle,
    editionPath(locale.lang, 'en'),
  );
  const country = COUNTRY_CODES.find(
    (code) => code === new URLSearchParams(search).get('country')?.toUpperCase(),
  );
  const image = imageSnippet(
    rootHref,
    new URL(editionPath(locale.lang, 'en'), rootHref).href,
    EDITIONS[locale.lang].dir,
    search,
    country ? m.pages.imageAltCountry(m.countries[country]) : m.pages.imageAlt,
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="embed-dialog"
      aria-labelledby="embed-title"
      onClose={onClose}
    >
      <h2 id="embed-title">{words.heading}</h2>
      <p>{words.intro}</p>
      <div className="embed-options">
        <Choice
          label={words.show}
          value={choice.view}
          labels={words.views}
          onChange={(view) => setChoice({ ...choice, view })}
        />
        <Choice
          label={words.colours}
          value={choice.theme}
          labels={words.themes}
          onChange={(theme) => setChoice({ ...choice, theme })}
        />
      </div>
      <p className="embed-note">{words.themeNote}</p>
      <Snippet
        id="embed-responsive"
        label={words.responsive}
        copyLabel={words.copyResponsive}
        code={snippets.responsive}
        copying={copying}
        copied={words.copied}
      />
      <Snippet
        id="embed-fixed"
        label={words.fixed}
        copyLabel={words.copyFixed}
        code={snippets.fixed}
        copying={copying}
        copied={words.copied}
      />
      <Snippet
        id="embed-image"
        label={words.image}
        copyLabel={words.copyImage}
        code={image}
        copying={copying}
        copied={words.copied}
      />
      <form method="dialog">
        <button type="submit">{words.close}</button>
      </form>
    </dialog>
  );
}

interface SnippetProps {
  readonly id: string;
  readonly label: string;
  /** The copy button's words: "Copy self-resizing (recommended)". */
  readonly copyLabel: string;
  readonly code: string;
  /** The dialog's copy state, shared by its snippets (keyed by label). */
  readonly copying: ReturnType<typeof useCopy<string>>;
  /** Said once the code is copied. */
  readonly copied: string;
}

function Snippet({ id, label, copyLabel, code, copying, copied }: SnippetProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="snippet">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={area}
        id={id}
        readOnly
        value={code}
        rows={4}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" onClick={() => void copying.copy(label, code, () => area.current)}>
        {copyLabel}
      </button>
      <span role="status" className="copy-status">
        {copying.statusOf(label, copied)}
      </span>
    </div>
  );
}
