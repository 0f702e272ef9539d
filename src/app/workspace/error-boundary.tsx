import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PANELS_CRASH_TEXTS } from './texts-en.ts';
import { PAGE_ERRORS_TEXTS } from '../page-errors/texts-en.ts';
import { sayPageError } from '../page-errors/page-error.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

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
    return <CrashPage error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}

/** What a render error shows, in the reader's language (a function, so it can use the hook). */
function CrashPage({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useTexts(PANELS_CRASH_TEXTS);
  const errorTexts = useTexts(PAGE_ERRORS_TEXTS);
  return (
    <main className="crash-page">
      <h1>OSS PostObject Builder</h1>
      <section className="panel crash" role="alert" aria-labelledby="crash-heading">
        <h2 id="crash-heading">{t.heading}</h2>
        <p>
          {t.unexpected} <code>{sayPageError(error, errorTexts)}</code> {t.secretSafe}
        </p>
        <button type="button" onClick={onRetry}>
          {t.tryAgain}
        </button>{' '}
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </section>
    </main>
  );
}
