import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BuilderPage } from './builder-page.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

/** The whole page: providers, the error boundary, and the builder. */
export function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { refetchOnWindowFocus: false }, mutations: { retry: false } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <header className="page-header">
        <h1>OSS PostObject Builder</h1>
        <p>Build, sign, check and test Alibaba Cloud OSS PostObject uploads, right in this page.</p>
      </header>
      <main>
        <ErrorBoundary>
          <BuilderPage />
        </ErrorBoundary>
      </main>
    </QueryClientProvider>
  );
}
