import { z } from 'zod/mini';
import type { Problem } from '../../oss/index.ts';
import {
  conditionRowSchema,
  expirationSchema,
  extraFieldSchema,
  SEND_ORDERS,
  TARGET_MODES,
  type BuilderValues,
} from '../form/builder-schema.ts';

/**
 * What a share link carries: the builder's values without the AccessKey secret and the STS
 * token. (The core strips secret-named members again when it encodes; this leaves them out first.)
 */
export function toShareState(values: BuilderValues): Record<string, unknown> {
  const { credentials, ...rest } = values;
  return {
    ...rest,
    credentials: {
      signatureVersion: credentials.signatureVersion,
      accessKeyId: credentials.accessKeyId,
    },
  };
}

// Shapes only: a shared state may hold values the form flags while typing (an empty key…),
// and those should come back as they were, to be flagged again.
const sharedPartsSchema = {
  target: z.object({
    mode: z.enum(TARGET_MODES),
    endpoint: z.string(),
    bucket: z.string(),
    region: z.string(),
  }),
  credentials: z.object({
    signatureVersion: z.enum(['v4', 'v1']),
    accessKeyId: z.string(),
  }),
  key: z.string(),
  expiration: expirationSchema,
  conditions: z.array(conditionRowSchema),
  fields: z.array(z.object({ ...extraFieldSchema.shape, name: z.string() })),
  callbackUrl: z.string(),
  callbackBody: z.string(),
  callbackHost: z.optional(z.string()),
  callbackBodyType: z.optional(z.string()),
  sendOrder: z.enum(SEND_ORDERS),
};

type SharedPart = keyof typeof sharedPartsSchema;

/** A share link's state read back, and the parts that could not be used. */
export interface RestoredValues {
  values: BuilderValues;
  /** Parts missing or malformed in the link: the form keeps its own for those. */
  problems: Problem[];
}

/**
 * A decoded share state → the builder's values, part by part: a part that is missing or has the
 * wrong shape keeps the current value and is reported. The secret and the token always come back
 * empty, so the page asks for them.
 */
export function fromShareState(
  state: Record<string, unknown>,
  current: BuilderValues,
): RestoredValues {
  const problems: Problem[] = [];
  const next: Record<string, unknown> = { ...current };
  for (const part of Object.keys(sharedPartsSchema) as SharedPart[]) {
    if (!(part in state)) {
      if (part === 'callbackHost' || part === 'callbackBodyType') continue; // optional

      problems.push({
        id: 'share.missing',
        message: `The link has no "${part}"; kept yours.`,
        path: part,
      });
      continue;
    }
    const parsed = sharedPartsSchema[part].safeParse(state[part]);
    if (parsed.success) next[part] = parsed.data;
    else
      problems.push({
        id: 'share.part-invalid',
        message: `The link's "${part}" is not in the shape this page reads; kept yours.`,
        path: part,
      });
  }
  const shared = next.credentials as Partial<BuilderValues['credentials']>;
  const values = {
    ...(next as BuilderValues),
    credentials: {
      signatureVersion: shared.signatureVersion ?? current.credentials.signatureVersion,
      accessKeyId: shared.accessKeyId ?? current.credentials.accessKeyId,
      accessKeySecret: '',
      securityToken: '',
    },
  };
  return { values, problems };
}
