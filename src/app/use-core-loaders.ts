import { useQuery } from '@tanstack/react-query';
import { loadErrorReader, loadEvaluator, RESULT_LOGIC } from './core.ts';

// The on-demand parts of the core, loaded once per page through react-query. A failed load
// reaches the error boundary with a message saying what could not be loaded (never a blank page).
const FOREVER = { staleTime: Infinity, gcTime: Infinity, retry: 1, throwOnError: true } as const;

/** The error parser and catalog, loaded once `needed` turns true (an upload was sent). */
export function useErrorReader(needed: boolean) {
  return useQuery({
    queryKey: ['core', 'error-reader'],
    queryFn: loadErrorReader,
    enabled: needed,
    ...FOREVER,
  });
}

/** OSS's verdict for the dry run, loaded once `needed` turns true (a file was chosen). */
export function useEvaluator(needed: boolean) {
  return useQuery({
    queryKey: ['core', 'evaluator'],
    queryFn: loadEvaluator,
    enabled: needed,
    ...FOREVER,
  });
}

/** The Result pane's logic (preview, dry run, reading, fixes): part of the first view's bundle. */
export function useResultLogic(): { data: typeof RESULT_LOGIC } {
  return { data: RESULT_LOGIC };
}
