import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "The map", "The timeline". */
  readonly what: string;
  readonly children: ReactNode;
}

/** Keeps one panel's failure inside that panel: a short message, and the rest of the page works. */
export class PanelBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the console; the reader sees the short message below.
    console.warn(`${this.props.what} could not be shown:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="panel-error" role="alert">
        {this.props.what} could not be shown. The rest of the page still works; reloading may help.
      </p>
    );
  }
}
