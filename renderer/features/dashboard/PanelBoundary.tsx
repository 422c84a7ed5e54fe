// A fault in one dashboard panel shows in that panel instead of blanking the whole window.
import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the panel after a fault (already translated). */
  fallback: string;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="banner error" data-testid="panel-error">
        {this.props.fallback} <span className="muted">({this.state.error.message})</span>{' '}
        <button type="button" className="small" onClick={() => this.setState({ error: null })}>
          ↻
        </button>
      </div>
    );
  }
}
