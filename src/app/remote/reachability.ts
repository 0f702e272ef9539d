import { useMutation } from '@tanstack/react-query';

/** Why a post came back with status 0. */
export type FailureDiagnosis = 'cors' | 'network';

/**
 * Tells CORS from network: an opaque `no-cors` request succeeds when the server answers at all,
 * so a reachable server that gave the page nothing readable is most likely a CORS refusal.
 */
export async function diagnoseFailure(url: string): Promise<FailureDiagnosis> {
  try {
    await fetch(url, { method: 'GET', mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    return 'cors';
  } catch {
    return 'network';
  }
}

/** react-query mutation for `diagnoseFailure`. */
export function useFailureDiagnosis() {
  return useMutation({ mutationFn: diagnoseFailure });
}
