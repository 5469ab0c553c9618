import { useEffect, useRef, useState } from 'react';
import { copyText } from '../ui/copyText';
import { embedSnippets } from './embedCode';
import type { EmbedChoice } from './embedCode';
import type { Theme, View } from './urlOptions';

const VIEW_LABELS = {
  all: 'Everything',
  map: 'Map only',
  history: 'Membership chart only',
  timeline: 'Timeline only',
  quotes: 'Quotes only',
} as const satisfies Record<View, string>;
const THEME_LABELS = {
  auto: 'Follow the reader’s system',
  light: 'Light',
  dark: 'Dark',
} as const satisfies Record<Theme, string>;

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

/** A modal dialog with the embed code for the page's current state, in two forms, with copy buttons. */
export default function EmbedDialog({ onClose }: { readonly onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<EmbedChoice>({ view: 'all', theme: 'auto' });
  const [copied, setCopied] = useState<string | null>(null);
  // The address bar always holds the current state (useSelection keeps it in sync).
  const snippets = embedSnippets(window.location.href, choice);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const copy = async (label: string, text: string) =>
    setCopied((await copyText(text)) ? label : `manual:${label}`);

  return (
    <dialog
      ref={dialogRef}
      className="embed-dialog"
      aria-labelledby="embed-title"
      onClose={onClose}
    >
      <h2 id="embed-title">Embed this explainer</h2>
      <p>The embed shows the map, date, country and mode you have chosen now.</p>
      <div className="embed-options">
        <Choice
          label="Show"
          value={choice.view}
          labels={VIEW_LABELS}
          onChange={(view) => setChoice({ ...choice, view })}
        />
        <Choice
          label="Colours"
          value={choice.theme}
          labels={THEME_LABELS}
          onChange={(theme) => setChoice({ ...choice, theme })}
        />
      </div>
      <Snippet
        id="embed-responsive"
        label="Self-resizing (recommended)"
        code={snippets.responsive}
        onCopy={copy}
        copied={copied}
      />
      <Snippet
        id="embed-fixed"
        label="Plain iframe, fixed height"
        code={snippets.fixed}
        onCopy={copy}
        copied={copied}
      />
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}

interface SnippetProps {
  readonly id: string;
  readonly label: string;
  readonly code: string;
  readonly copied: string | null;
  readonly onCopy: (label: string, code: string) => Promise<void>;
}

function Snippet({ id, label, code, copied, onCopy }: SnippetProps) {
  return (
    <div className="snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={code} rows={4} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void onCopy(label, code)}>
        Copy {label.toLowerCase()}
      </button>
      <span role="status" className="copy-status">
        {copied === label && 'Copied.'}
        {copied === `manual:${label}` &&
          'Copying is blocked here: the code is selected above, copy it with Ctrl+C or ⌘C.'}
      </span>
    </div>
  );
}
