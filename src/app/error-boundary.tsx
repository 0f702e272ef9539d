import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * No blank screen: a render error shows what happened and a way back. React offers error
 * boundaries only as class components, hence the one class of the app.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo) {
    // Nothing is logged: the form state may hold a secret.
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="crash-page">
        <h1>OSS PostObject Builder</h1>
        <section className="panel crash" role="alert" aria-labelledby="crash-heading">
          <h2 id="crash-heading">Something broke on this page</h2>
          <p>
            The page hit an error it did not expect: <code>{this.state.error.message}</code>. Your
            secret was not stored anywhere, so reloading starts clean.
          </p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </section>
      </main>
    );
  }
}
