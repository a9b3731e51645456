import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Component, type ErrorInfo, type ReactNode } from "react";

interface BoundaryProps {
  /** Names the part that failed in the message ("the Compute panel"). */
  label: string;
  onReset: () => void;
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[mirage] ${this.props.label} failed to render`, error, info.componentStack);
  }

  private retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div role="alert" className="rounded-lg border border-bad/40 bg-bad-bg p-4 text-sm text-ink">
        <p className="font-semibold text-bad">Part of {this.props.label} could not be shown.</p>
        <p className="mt-1 text-ink-2">{error.message}</p>
        <p className="mt-1 text-ink-3">The other panels are unaffected.</p>
        <button
          type="button"
          onClick={this.retry}
          className="mt-3 rounded-md border border-line bg-surface px-3 py-1.5 font-medium text-ink hover:bg-surface-2"
        >
          Retry
        </button>
      </div>
    );
  }
}

/**
 * Wraps a panel's body, never its frame: a crash or a thrown query error shows in this panel only, and Retry resets
 * both the boundary and the failed queries (TanStack's QueryErrorResetBoundary).
 */
export function PanelBoundary({ label, children }: { label: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary label={label} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
