import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BuilderPage } from './workspace/builder-page.tsx';
import { ErrorBoundary } from './workspace/error-boundary.tsx';

// react-query tells components about new results in a batch it schedules with setTimeout by
// default; a microtask shows a freshly signed form in the same task, within the keystroke budget.
notifyManager.setScheduler(queueMicrotask);

/** The whole page: providers, the error boundary, and the workspace (header, Build, Result). */
export function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { refetchOnWindowFocus: false }, mutations: { retry: false } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary>
        <BuilderPage />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
