// Loaded on demand (use-result.ts, import()) once a file is chosen: OSS's verdict travels in this
// module's chunk, out of the first view.
import { evaluatePost, type Verdict } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import type { SendPart } from './form-order.ts';
import type { FileFacts } from './multipart-preview.ts';

/**
 * OSS's verdict on this form and this file, before sending: the signed form's parts in send order
 * (`orderParts`), the credentials the user typed as the known AccessKey, no signature check (the
 * page signed it).
 */
export function dryRun(
  sendParts: SendPart[],
  file: FileFacts,
  values: BuilderValues,
  now = new Date(),
): Verdict {
  const { credentials } = values;
  const token = credentials.securityToken.trim();
  const parts = sendParts.map((part) => ('file' in part ? { name: 'file', file } : part));
  return evaluatePost({
    contentType: 'multipart/form-data; boundary=----PostObjectBuilderBoundary',
    parts,
    bucket: { name: values.target.bucket, region: values.target.region, acl: 'private' },
    lookupAccessKey: (accessKeyId) =>
      accessKeyId === credentials.accessKeyId.trim()
        ? {
            accessKeyId,
            accessKeySecret: credentials.accessKeySecret,
            ...(token ? { securityToken: token } : {}),
          }
        : undefined,
    now,
  });
}

/** `dryRun`, as the page receives it once its chunk has loaded. */
export type DryRun = typeof dryRun;
