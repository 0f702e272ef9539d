import { useMutation } from '@tanstack/react-query';
import type { StsRequest, TemporaryCredentials } from './sts.ts';

// import(): the STS reader (and its schema) loads on the first click, in its own chunk.
async function fetchOnDemand(request: StsRequest): Promise<TemporaryCredentials> {
  let sts: typeof import('./sts.ts');
  try {
    sts = await import('./sts.ts');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not load the credentials reader (${reason}). Reload the page.`, {
      cause: error,
    });
  }
  return sts.fetchTemporaryCredentials(request);
}

/** react-query mutation for `fetchTemporaryCredentials` (sts.ts), loaded on first use. */
export function useTemporaryCredentials() {
  return useMutation({ mutationFn: fetchOnDemand });
}
