import { z } from 'zod/mini';
import {
  CONDITION_OPERATORS,
  FIELD_VALUE_RULES,
  POLICY_OPERATORS,
  SIZE_LIMITS,
  isUserMetaField,
  normalizeExpiration,
  kmsKeyWithoutKms,
  userMetaBytes,
  utf8ByteLength,
  validateBucketName,
  validateObjectKey,
} from '../../oss/index.ts';

// The page's form state: what the user types, validated as typed (react-hook-form + zod).
// The core turns it into a signed form; these rules only catch what is wrong while typing.
// Each issue's message is an id of `FORM_SCHEMA_TEXTS` (./texts-en.ts): the panels say it in the
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

/** The OSS operators' labels, from the core's table (`match` and `raw` are the page's words: form/texts-en.ts). */
export const CONDITION_OPERATOR_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  CONDITION_OPERATORS.map((row) => [row.op, row.label]),
);

/** The message id of a wrong choice, followed by the choices. */
export const CHOICE_PREFIX = 'choice:';

/** One of a fixed list; the message names the choices (zod/mini ships no default English text). */
function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `${CHOICE_PREFIX}${values.join(', ')}` });
}

/** The schema's message id for each issue of the core's bucket and key rules (one record each). */
const NAME_MESSAGES: Readonly<Record<string, string>> = {
  'bucket.length': 'bucketLength',
  'bucket.characters': 'bucketCharacters',
  'bucket.edges': 'bucketEdges',
  'key.empty': 'keyLength',
  'key.too-long': 'keyLength',
  'key.leading-slash': 'keyLeadingSlash',
  'key.not-utf8': 'keyNotUtf8',
};

/** Bucket naming rules: the core's `validateBucketName`; the message says which rule fails. */
export const bucketNameSchema = z.string().check(
  z.superRefine((name, ctx) => {
    const named = validateBucketName(name);
    for (const issue of named.ok ? [] : named.issues) {
      ctx.addIssue({ code: 'custom', message: NAME_MESSAGES[issue.id] ?? 'bucketCharacters' });
    }
  }),
);

/**
 * The extra fields against the core's value and size records (form/field-rules.ts): the same
 * records the checks and OSS's verdict read, so the page flags what the sandbox would refuse.
 */
function checkExtraFields(
  fields: readonly { name: string; value: string }[],
  addIssue: (path: (string | number)[], message: string) => void,
): void {
  fields.forEach((field, index) => {
    const rule = FIELD_VALUE_RULES.find(
      (r) => r.field.toLowerCase() === field.name.trim().toLowerCase(),
    );
    if (rule && !rule.allowed.includes(field.value)) {
      addIssue(['fields', index, 'value'], `${CHOICE_PREFIX}${rule.allowed.join(', ')}`);
    }
    if (utf8ByteLength(field.name) > SIZE_LIMITS.fieldName.max) {
      addIssue(['fields', index, 'name'], 'fieldNameTooLong');
    }
    if (utf8ByteLength(field.value) > SIZE_LIMITS.fieldValue.max) {
      addIssue(['fields', index, 'value'], 'fieldValueTooLong');
    }
  });
  const field = (name: string) =>
    fields.find((f) => f.name.trim().toLowerCase() === name.toLowerCase());
  if (kmsKeyWithoutKms(field)) {
    const at = fields.findIndex((f) => f === field('x-oss-server-side-encryption-key-id'));
    addIssue(['fields', at, 'value'], 'kmsKeyWithoutKms');
  }
  if (userMetaBytes(fields) > SIZE_LIMITS.userMeta.max) {
    const first = fields.findIndex((field) => isUserMetaField(field.name));
    addIssue(['fields', first, 'value'], 'userMetaTooLarge');
  }
}

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
      // The core's object-key rule (before ${filename} expansion: an empty key is not a key).
      const named = validateObjectKey(values.key);
      if (!named.ok) {
        const message = NAME_MESSAGES[named.issues[0].id] ?? 'keyLength';
        ctx.addIssue({ code: 'custom', path: ['key'], message });
      }
      checkExtraFields(values.fields, (path, message) =>
        ctx.addIssue({ code: 'custom', path, message }),
      );
      if (
        values.expiration.mode === 'absolute' &&
        // An ISO 8601 instant only: Date.parse takes free text ("(…)" comments and more).
        normalizeExpiration(values.expiration.absolute) === undefined
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
