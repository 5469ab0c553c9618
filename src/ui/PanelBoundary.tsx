import { Component } from 'react';
import type { ContextType, ErrorInfo, ReactNode } from 'react';
import { LocaleContext } from '../i18n/useLocale';
import type { Messages } from '../i18n/messages';

interface Props {
  /** Which panel this is: its failure message comes from the catalogue (`failed`). */
  readonly panel: keyof Messages['failed'];
  readonly children: ReactNode;
}

/** Keeps one panel's failure inside that panel: a short message, and the rest of the page works. */
export class PanelBoundary extends Component<Props, { failed: boolean }> {
  static override contextType = LocaleContext;
  declare context: ContextType<typeof LocaleContext>;
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the console; the reader sees the short message below.
    console.warn(`Panel "${this.props.panel}" failed:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="panel-error" role="alert">
        {this.context?.m.failed[this.props.panel]}
      </p>
    );
  }
}
