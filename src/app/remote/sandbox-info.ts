import { useQuery } from '@tanstack/react-query';
import { lookUpSandbox, sandboxAnswer } from './sandbox-lookup.ts';

export type { SandboxInfo } from './sandbox-lookup.ts';

/** react-query for the one lookup: already answered at the first render when it came in time. */
export function useSandboxInfo() {
  return useQuery({
    queryKey: ['sandbox-info'],
    queryFn: lookUpSandbox,
    initialData: sandboxAnswer,
    staleTime: Infinity,
    retry: false,
  });
}
