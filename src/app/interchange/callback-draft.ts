import {
  CALLBACK_BODY_TYPES,
  callbackJson,
  checkCallbackVarName,
  encodeCallback,
  validateCallbackSpec,
  type CallbackSpec,
} from '../../oss/index.ts';
import type { CallbackDraft } from '../../ui/interchange/callback-builder-view.tsx';
import type { BuilderValues, ExtraField } from '../form/builder-schema.ts';

/** The draft as the core's callback spec. */
export function draftToSpec(draft: CallbackDraft): CallbackSpec {
  const vars = Object.fromEntries(
    draft.vars.filter((v) => v.name.trim() !== '').map((v) => [v.name.trim(), v.value]),
  );
  return {
    urls: draft.urls
      .split(';')
      .map((url) => url.trim())
      .filter((url) => url !== ''),
    body: draft.body,
    ...(draft.host.trim() ? { host: draft.host.trim() } : {}),
    ...(draft.bodyType ? { bodyType: draft.bodyType as CallbackSpec['bodyType'] } : {}),
    ...(Object.keys(vars).length > 0 ? { vars } : {}),
  };
}

/** Every problem OSS (and the sandbox) would find, as sentences; empty when valid. */
export function checkDraft(draft: CallbackDraft): string[] {
  const spec = draftToSpec(draft);
  const problems = validateCallbackSpec(spec).map((p) =>
    p.oss ? `${p.message} (OSS: ${p.oss.code} "${p.oss.message}")` : p.message,
  );
  for (const v of draft.vars) {
    const why = checkCallbackVarName(v.name.trim());
    if (why && !problems.includes(why)) problems.push(why);
  }
  return [...new Set(problems)];
}

/** The callback JSON and the `callback` field value, or empty strings when it cannot encode. */
export function encodeDraft(draft: CallbackDraft): { json: string; base64: string } {
  const spec = draftToSpec(draft);
  return { json: callbackJson(spec), base64: encodeCallback(spec) };
}

/** A draft from the form's callback URL and body (and its `x:` fields). */
export function draftFromValues(values: BuilderValues): CallbackDraft {
  return {
    urls: values.callbackUrl,
    host: values.callbackHost ?? '',
    body: values.callbackBody || 'bucket=${bucket}&object=${object}&etag=${etag}&size=${size}',
    bodyType: values.callbackBodyType || CALLBACK_BODY_TYPES[0],
    vars: values.fields
      .filter((f) => f.name.startsWith('x:'))
      .map((f) => ({ name: f.name, value: f.value })),
  };
}

/** The form's fields with the draft's `x:` variables instead of the old ones. */
export function fieldsWithVars(fields: ExtraField[], draft: CallbackDraft): ExtraField[] {
  const vars = draft.vars
    .filter((v) => v.name.trim() !== '')
    .map((v) => ({ name: v.name.trim(), value: v.value }));
  return [...fields.filter((f) => !f.name.trim().startsWith('x:')), ...vars];
}
