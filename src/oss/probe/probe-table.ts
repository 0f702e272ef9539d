// Each probe as a record: its id, how much a hole weighs, the one change it makes to the intended
// form, and the condition that closes it (docs/policy-probe.md#probes). The runner and the page
// treat them alike.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { encodeCallback } from '../callback/callback-encode.ts';
import { suggestKeyPrefix } from '../checks/key-prefix.ts';
import { OBJECT_MAX_BYTES, STORAGE_CLASSES } from '../limits.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';
import { sayFrom } from '../texts.ts';
import { PROBE_KEY_FOLDER, sizeRange } from './intended-form.ts';
import type { ProbeFix, ProbeId, ProbeSeverity, ProbeUpload } from './probe-types.ts';
import { PROBE_TEXTS } from './texts-en.ts';

const say = sayFrom(PROBE_TEXTS);

/**
 * The content types the content-type fix allows: raster images, which run no script.
 *
 * @example PROBE_SAFE_CONTENT_TYPES.includes('image/svg+xml') // false
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const PROBE_SAFE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
/**
 * The size range the size fixes add when the policy has none: 1 byte to 10 MiB.
 *
 * @example PROBE_DEFAULT_MAX_BYTES // 10485760
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const PROBE_DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * A policy valid for longer than this from the probe is `long-expiry` (the builder's default).
 *
 * @example PROBE_LONG_EXPIRY_MS / 60000 // 60
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const PROBE_LONG_EXPIRY_MS = 60 * 60 * 1000;
/**
 * Where `redirect-elsewhere` sends the browser: a name that never resolves (RFC 2606).
 *
 * @example new URL(PROBE_ELSEWHERE_URL).hostname // 'oss-policy-probe.invalid'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const PROBE_ELSEWHERE_URL = 'https://oss-policy-probe.invalid/after-upload';

/** What a probe knows when it makes its change. */
export interface ProbeContext {
  policy: PolicyDocument;
  /** The intended form, with its key made for this probe. */
  intended: ProbeUpload;
  /** The bucket a `{"bucket": …}` fix pins. */
  bucket: string;
  /** Another bucket of the account. */
  otherBucket: string;
  /** The server `callback-elsewhere` names. */
  callbackUrl: string;
  /** The key prefix the key fix grants (e.g. the builder's folder, `uploads/`). */
  keyPrefix: string;
  now: Date;
}

/** A probe's change: the uploads to try (a hole when any is admitted), or a verdict from the policy. */
export type ProbeChange =
  | {
      kind: 'post';
      uploads: { upload: ProbeUpload; sent: { message: string; text: ProbeTextRef } }[];
    }
  | { kind: 'judged'; hole: boolean; sent: { message: string; text: ProbeTextRef }; note?: Said };

type ProbeTextRef = ReturnType<typeof say>['text'];
type Said = ReturnType<typeof say>;

/** A probe: id, weight, change and fix. */
export interface ProbeDefinition {
  id: ProbeId;
  severity: ProbeSeverity;
  change: (ctx: ProbeContext) => ProbeChange;
  fix: (ctx: ProbeContext) => ProbeFix;
}

function withField(upload: ProbeUpload, name: string, value: string): ProbeUpload {
  const lower = name.toLowerCase();
  const fields = upload.fields.filter((f) => f.name.toLowerCase() !== lower);
  return { ...upload, fields: [...fields, { name, value }] };
}

/** The intended form with one field set (replacing the intended value). */
function fieldProbe(name: string, value: string, file?: Partial<ProbeUpload['file']>) {
  return (ctx: ProbeContext): ProbeChange => {
    const upload = withField(ctx.intended, name, value);
    return {
      kind: 'post',
      uploads: [
        {
          upload: file ? { ...upload, file: { ...upload.file, ...file } } : upload,
          sent: say('sent.field', { field: name, value }),
        },
      ],
    };
  };
}

function pinField(field: string, value: string): (ctx: ProbeContext) => ProbeFix {
  return () => ({
    condition: ['eq', `$${field}`, value],
    field: { name: field, value },
    ...say('fix.pin-field', { field, value }),
  });
}

function sizeProbe(size: number) {
  const sent = say('sent.size', { size });
  return (ctx: ProbeContext): ProbeChange => ({
    kind: 'post',
    uploads: [{ upload: { ...ctx.intended, file: { ...ctx.intended.file, size } }, sent }],
  });
}

function sizeFix(ctx: ProbeContext): ProbeFix {
  const max = sizeRange(ctx.policy)?.max ?? PROBE_DEFAULT_MAX_BYTES;
  const capped = Math.min(max, OBJECT_MAX_BYTES);
  return {
    condition: ['content-length-range', 1, capped],
    ...say('fix.size-range', { min: 1, max: capped }),
  };
}

function contentTypeFix(): ProbeFix {
  return {
    condition: ['in', '$content-type', [...PROBE_SAFE_CONTENT_TYPES]],
    ...say('fix.content-type', {
      types: PROBE_SAFE_CONTENT_TYPES.map((t) => JSON.stringify(t)).join(', '),
    }),
  };
}

/**
 * Every probe, in the order it runs. Each makes one change an uploader controls to the form the
 * policy intends; OSS checks only the fields a policy names, so an unnamed field is a hole.
 *
 * @example PROBES.find((p) => p.id === 'public-acl')?.severity // 'critical'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const PROBES: readonly ProbeDefinition[] = [
  {
    id: 'key-outside-prefix',
    severity: 'critical',
    change: (ctx) => ({
      kind: 'post',
      uploads: ['', '../', '/'].map((lead) => {
        const key = `${lead}${PROBE_KEY_FOLDER}outside-prefix.txt`;
        return { upload: withField(ctx.intended, 'key', key), sent: say('sent.key', { key }) };
      }),
    }),
    fix: (ctx) => {
      const prefix = suggestKeyPrefix(ctx.keyPrefix) || 'uploads/';
      return { condition: ['starts-with', '$key', prefix], ...say('fix.key-prefix', { prefix }) };
    },
  },
  {
    id: 'other-bucket',
    severity: 'critical',
    change: (ctx) => ({
      kind: 'post',
      uploads: [
        {
          upload: { ...ctx.intended, bucket: ctx.otherBucket },
          sent: say('sent.bucket', { bucket: ctx.otherBucket }),
        },
      ],
    }),
    fix: (ctx) => ({
      condition: { bucket: ctx.bucket },
      ...say('fix.bucket', { bucket: ctx.bucket }),
    }),
  },
  {
    id: 'oversize',
    severity: 'serious',
    // Without a range the policy's limit is OSS's own 5 GB: a file of exactly that size is admitted.
    change: (ctx) =>
      sizeProbe(
        Math.min((sizeRange(ctx.policy)?.max ?? OBJECT_MAX_BYTES - 1) + 1, OBJECT_MAX_BYTES + 1),
      )(ctx),
    fix: sizeFix,
  },
  { id: 'empty-file', severity: 'minor', change: sizeProbe(0), fix: sizeFix },
  {
    id: 'html-content-type',
    severity: 'critical',
    change: fieldProbe('Content-Type', 'text/html', { contentType: 'text/html' }),
    fix: contentTypeFix,
  },
  {
    id: 'svg-content-type',
    severity: 'critical',
    change: fieldProbe('Content-Type', 'image/svg+xml', { contentType: 'image/svg+xml' }),
    fix: contentTypeFix,
  },
  {
    id: 'public-acl',
    severity: 'critical',
    change: fieldProbe('x-oss-object-acl', 'public-read-write'),
    fix: pinField('x-oss-object-acl', 'private'),
  },
  {
    id: 'overwrite',
    severity: 'serious',
    change: (ctx) => {
      const probe = fieldProbe('x-oss-forbid-overwrite', 'false')(ctx);
      if (probe.kind !== 'post') return probe;
      return {
        kind: 'post',
        uploads: probe.uploads.map((u) => ({ ...u, upload: { ...u.upload, existing: true } })),
      };
    },
    fix: pinField('x-oss-forbid-overwrite', 'true'),
  },
  {
    id: 'storage-class',
    severity: 'moderate',
    change: (ctx) => {
      const pinned = ctx.intended.fields.find(
        (f) => f.name.toLowerCase() === 'x-oss-storage-class',
      )?.value;
      const other = STORAGE_CLASSES.find((c) => c !== pinned && c !== 'Standard') ?? 'Archive';
      return fieldProbe('x-oss-storage-class', other)(ctx);
    },
    fix: pinField('x-oss-storage-class', 'Standard'),
  },
  {
    id: 'redirect-elsewhere',
    severity: 'moderate',
    change: fieldProbe('success_action_redirect', PROBE_ELSEWHERE_URL),
    fix: () => ({
      condition: ['eq', '$success_action_redirect', ''],
      field: { name: 'success_action_redirect', value: '' },
      ...say('fix.redirect'),
    }),
  },
  {
    id: 'callback-elsewhere',
    severity: 'minor',
    change: (ctx) => {
      const value = encodeCallback({
        urls: [ctx.callbackUrl],
        body: 'bucket=${bucket}&object=${object}',
      });
      const upload = withField(ctx.intended, 'callback', value);
      return {
        kind: 'post',
        uploads: [
          { upload, sent: say('sent.field', { field: 'callback', value: ctx.callbackUrl }) },
        ],
      };
    },
    fix: (ctx) => {
      const sent = ctx.intended.fields.find((f) => f.name.toLowerCase() === 'callback')?.value;
      return sent
        ? {
            condition: ['eq', '$callback', sent],
            field: { name: 'callback', value: sent },
            ...say('fix.callback-pin'),
          }
        : say('fix.callback-none');
    },
  },
  {
    id: 'content-disposition',
    severity: 'minor',
    change: fieldProbe('Content-Disposition', 'inline'),
    fix: pinField('Content-Disposition', 'attachment'),
  },
  {
    id: 'long-expiry',
    severity: 'minor',
    change: (ctx) => {
      const left = Date.parse(ctx.policy.expiration) - ctx.now.getTime();
      return {
        kind: 'judged',
        hole: left > PROBE_LONG_EXPIRY_MS,
        sent: say('sent.expiry', { expiration: ctx.policy.expiration }),
        note: say('note.expiry', { minutes: Math.floor(left / 60000) }),
      };
    },
    fix: () => ({
      expiresInMs: PROBE_LONG_EXPIRY_MS,
      ...say('fix.expiry', { minutes: PROBE_LONG_EXPIRY_MS / 60000 }),
    }),
  },
];
