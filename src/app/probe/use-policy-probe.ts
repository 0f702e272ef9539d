import { useQuery } from '@tanstack/react-query';
import { probePolicy, serializePolicy, type PolicyDocument } from '../../oss/index.ts';
import type { SandboxInfo } from '../remote/sandbox-info.ts';
import { createPageDryRun, createSandboxTarget } from './probe-targets.ts';

export interface ProbeRequest {
  policy: PolicyDocument | null;
  /** The local sandbox, when the builder posts to it; else the dry run. */
  sandbox: SandboxInfo | null;
  bucket: string;
  region: string;
  /** The builder's key, whose folder the key fix grants. */
  keyPrefix: string;
  /** Probe only while the region is open. */
  open: boolean;
}

/**
 * react-query for `probePolicy` on the builder's signed policy: keyed on the policy and the
 * target, so a fix (which signs the policy again) probes again by itself.
 */
export function usePolicyProbe(request: ProbeRequest) {
  const { policy, sandbox, bucket, region, keyPrefix, open } = request;
  return useQuery({
    queryKey: [
      'policy-probe',
      policy ? serializePolicy(policy) : '',
      sandbox?.endpoint ?? 'dry-run',
      bucket,
      region,
      keyPrefix,
    ],
    queryFn: async () => {
      const toSandbox = sandbox ? createSandboxTarget(sandbox) : null;
      try {
        return await probePolicy({
          policy: policy as PolicyDocument,
          target: toSandbox ?? createPageDryRun(bucket, region),
          keyPrefix,
        });
      } finally {
        await toSandbox?.cleanup();
      }
    },
    enabled: open && policy !== null,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
