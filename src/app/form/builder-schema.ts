import { z } from 'zod/mini';
import {
  BUCKET_NAME_MAX_LENGTH,
  BUCKET_NAME_MIN_LENGTH,
  CONDITION_OPERATORS,
  OBJECT_KEY_MAX_BYTES,
  OBJECT_KEY_MIN_BYTES,
  POLICY_OPERATORS,
} from '../../oss/index.ts';

// The page's form state: what the user types, validated as typed (react-hook-form + zod).
// The core turns it into a signed form; these rules only catch what is wrong while typing.
// Each issue's message is an id of `schemaMessages` (./messages.ts): the panels say it in the
// reader's language with `sayFormError`.

/** OSS's bucket naming rules, linked from the bucket length message. */
export const BUCKET_RULES_URL =
  'https://www.alibabacloud.com/help/en/oss/user-guide/bucket-naming-conventions';

export const TARGET_MODES = ['sandbox', 'region', 'custom'] as const;
export const SIZE_UNITS = ['B', 'KB', 'MB', 'GB'] as const;
/** The editor's row kinds: the object form `{field: value}`, each operator OSS knows, raw JSON. */
export const CONDITION_KINDS = ['match', ...POLICY_OPERATORS, 'raw'] as const;
export const EXPIRATION_UNITS = ['minutes', 'hours', 'days'] as const;
/** `key-after-file` reproduces the most common PostObject mistake on purpose (debugging). */
export const SEND_ORDERS = ['standard', 'key-after-file'] as const;

export type SizeUnit = (typeof SIZE_UNITS)[number];
export type ConditionKind = (typeof CONDITION_KINDS)[number];

/** The OSS operators' labels, from the core's table (`match` and `raw` are the page's words: form/messages.ts). */
export const CONDITION_OPERATOR_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  CONDITION_OPERATORS.map((row) => [row.op, row.label]),
);

/** The message id of a wrong choice, followed by the choices. */
export const CHOICE_PREFIX = 'choice:';

/** One of a fixed list; the message names the choices (zod/mini ships no default English text). */
function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `${CHOICE_PREFIX}${values.join(', ')}` });
}

/** Bucket naming rules, as OSS states them; the message says which rule fails. */
export const bucketNameSchema = z
  .string()
  .check(
    z.minLength(BUCKET_NAME_MIN_LENGTH, 'bucketLength'),
    z.maxLength(BUCKET_NAME_MAX_LENGTH, 'bucketLength'),
    z.regex(/^[a-z0-9-]*$/, 'bucketCharacters'),
    z.regex(/^[a-z0-9].*[a-z0-9]$/, 'bucketEdges'),
  );

export const regionSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'regionMissing'), z.regex(/^[a-z0-9-]+$/, 'regionCharacters'));

const endpointSchema = z
  .string()
  .check(z.refine((text) => /^https?:\/\/[^\s/]+/i.test(text), 'endpointUrl'));

export const targetSchema = z.object({
  mode: choice(TARGET_MODES),
  endpoint: endpointSchema,
  bucket: bucketNameSchema,
  region: regionSchema,
});

export const credentialsSchema = z.object({
  signatureVersion: choice(['v4', 'v1']),
  accessKeyId: z.string().check(z.trim(), z.minLength(1, 'accessKeyIdMissing')),
  accessKeySecret: z.string().check(z.minLength(1, 'accessKeySecretMissing')),
  securityToken: z.string(),
});

const sizeSchema = z.int({ error: 'wholeNumber' }).check(z.gte(0, 'sizeNegative'));

export const conditionRowSchema = z.object({
  kind: choice(CONDITION_KINDS),
  /** The form field without `$`, e.g. `key`, `content-type`. */
  field: z.string(),
  value: z.string(),
  /** `in` / `not-in`: one value per line. `raw`: the condition's JSON. */
  values: z.string(),
  min: sizeSchema,
  minUnit: choice(SIZE_UNITS),
  max: sizeSchema,
  maxUnit: choice(SIZE_UNITS),
});

export const extraFieldSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.minLength(1, 'fieldNameMissing'),
    z.refine(
      (name) => !['key', 'file', 'policy'].includes(name.toLowerCase()),
      'fieldNameReserved',
    ),
  ),
  value: z.string(),
});

export const expirationSchema = z.object({
  mode: choice(['relative', 'absolute']),
  amount: z.number({ error: 'number' }).check(z.positive('expirationPositive')),
  unit: choice(EXPIRATION_UNITS),
  /** ISO 8601, e.g. `2030-01-01T00:00:00.000Z`. */
  absolute: z.string(),
});

export const builderValuesSchema = z
  .object({
    target: targetSchema,
    credentials: credentialsSchema,
    key: z.string(),
    expiration: expirationSchema,
    conditions: z.array(conditionRowSchema),
    fields: z.array(extraFieldSchema),
    callbackUrl: z.string(),
    callbackBody: z.string(),
    /** Optional callback Host header and body type (the Policy panel's callback editor, imports). */
    callbackHost: z.optional(z.string()),
    callbackBodyType: z.optional(z.string()),
    sendOrder: choice(SEND_ORDERS),
  })
  .check(
    z.superRefine((values, ctx) => {
      const keyBytes = new TextEncoder().encode(values.key).length;
      if (keyBytes < OBJECT_KEY_MIN_BYTES || keyBytes > OBJECT_KEY_MAX_BYTES) {
        ctx.addIssue({
          code: 'custom',
          path: ['key'],
          message: 'keyLength',
        });
      } else if (/^[/\\]/.test(values.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['key'],
          message: 'keyLeadingSlash',
        });
      }
      if (
        values.expiration.mode === 'absolute' &&
        Number.isNaN(Date.parse(values.expiration.absolute))
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['expiration', 'absolute'],
          message: 'instant',
        });
      }
    }),
  );

export type BuilderValues = z.infer<typeof builderValuesSchema>;
export type ConditionRow = z.infer<typeof conditionRowSchema>;
export type ExtraField = z.infer<typeof extraFieldSchema>;
