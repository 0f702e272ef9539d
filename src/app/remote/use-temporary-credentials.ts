import { useMutation } from '@tanstack/react-query';
import { PageError, reasonOf } from '../page-errors/page-error.ts';
import type { StsRequest, TemporaryCredentials } from './sts.ts';

// import(): the STS reader (and its schema) loads on the first click, in its own chunk.
async function fetchOnDemand(request: StsRequest): Promise<TemporaryCredentials> {
  let sts: typeof import('./sts.ts');
  try {
    sts = await import('./sts.ts');
  } catch (error) {
    throw new PageError('loadCredentialsReader', { reason: reasonOf(error) }, { cause: error });
  }
  return sts.fetchTemporaryCredentials(request);
}

/** react-query mutation for `fetchTemporaryCredentials` (sts.ts), loaded on first use. */
export function useTemporaryCredentials() {
  return useMutation({ mutationFn: fetchOnDemand });
}
