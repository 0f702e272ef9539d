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
import type { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { capRows, PAGE_ROW_CAP } from './row-cap.ts';
import { capRowChars, capValues } from './value-cap.ts';

type ToolsTexts = typeof INTERCHANGE_TOOLS_TEXTS;

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

const SHARE_PROBLEMS = {
  'share.missing': 'linkLacks',
  'share.part-invalid': 'linkPartInvalid',
} as const;

function shareProblem(id: keyof typeof SHARE_PROBLEMS, part: string, texts: ToolsTexts): Problem {
  return { id, path: part, message: texts[SHARE_PROBLEMS[id]]({ part }) };
}

/**
 * A restore problem in the reader's language now: the page's own ones said again from the
 * tables (the restore ran before the language's texts had loaded), the core's as they are.
 * @example sayShareProblem({ id: 'share.missing', path: 'key', message: '…' }, texts) // 'The link has no “key”; kept yours.'
 */
export function sayShareProblem(problem: Problem, texts: ToolsTexts): string {
  return problem.id in SHARE_PROBLEMS && problem.path !== undefined
    ? shareProblem(problem.id as keyof typeof SHARE_PROBLEMS, problem.path, texts).message
    : problem.message;
}

const rowCount = (rows: unknown) => (Array.isArray(rows) ? rows.length : 0);
const firstRows = (rows: unknown) => (Array.isArray(rows) ? rows.slice(0, PAGE_ROW_CAP) : rows);

/**
 * A decoded share state → the builder's values, part by part: a part that is missing or has the
 * wrong shape keeps the current value and is reported. The secret and the token always come back
 * empty, so the page asks for them.
 */
export function fromShareState(
  state: Record<string, unknown>,
  current: BuilderValues,
  texts: ToolsTexts,
): RestoredValues {
  const problems: Problem[] = [];
  const next: Record<string, unknown> = { ...current };
  // Rows past the cap are counted, not read: 10,000 rows are not validated to keep 200.
  const counts = { conditions: rowCount(state.conditions), fields: rowCount(state.fields) };
  const rows = {
    conditions: firstRows(state.conditions),
    fields: firstRows(state.fields),
  };
  for (const part of Object.keys(sharedPartsSchema) as SharedPart[]) {
    if (!(part in state)) {
      if (part === 'callbackHost' || part === 'callbackBodyType') continue; // optional

      problems.push(shareProblem('share.missing', part, texts));
      continue;
    }
    const given = part === 'conditions' || part === 'fields' ? rows[part] : state[part];
    const parsed = sharedPartsSchema[part].safeParse(given);
    if (parsed.success) next[part] = parsed.data;
    else problems.push(shareProblem('share.part-invalid', part, texts));
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
  const taken = capValues(values, current);
  for (const message of taken.notes) problems.push({ id: 'share.value-refused', message });
  const capped = capRows(taken.values, counts);
  for (const message of capped.notes) problems.push({ id: 'share.rows-capped', message });
  const fits = capRowChars(capped.values);
  for (const message of fits.notes) problems.push({ id: 'share.rows-capped', message });
  return { values: fits.values, problems };
}
