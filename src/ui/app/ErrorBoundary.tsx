import { Component, type ReactNode } from 'react';
import { retryFailedParts } from './retriable';

interface Props {
  what: string;
  children: ReactNode;
}

/** Keeps a failure in one part (the figure) from blanking the page, and says what failed. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="error-box" role="alert">
        <strong>Could not show {this.props.what}.</strong> {error.message}
        <button
          type="button"
          onClick={() => {
            retryFailedParts();
            this.setState({ error: null });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
