import { canonicalFieldName, type NamedValue } from '../form/field-names.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { finishImport, type ImportedForm } from './imported-form.ts';
import { sayFrom } from '../texts.ts';
import { INTERCHANGE_TEXTS } from './texts-en.ts';

const say = sayFrom(INTERCHANGE_TEXTS);

/** Members of app-server answers and their form fields (names compared after normalising). */
const MEMBER_FIELDS: Record<string, string> = {
  accessid: 'OSSAccessKeyId',
  accesskeyid: 'OSSAccessKeyId',
  ossaccesskeyid: 'OSSAccessKeyId',
  policy: 'policy',
  'x-oss-signature-version': 'x-oss-signature-version',
  'x-oss-credential': 'x-oss-credential',
  'x-oss-date': 'x-oss-date',
  'x-oss-signature': 'x-oss-signature',
  'x-oss-security-token': 'x-oss-security-token',
  securitytoken: 'x-oss-security-token',
  'security-token': 'x-oss-security-token',
  ststoken: 'x-oss-security-token',
  callback: 'callback',
  key: 'key',
};
const URL_MEMBERS = new Set(['host', 'url', 'action', 'endpoint', 'posturl', 'post-url']);
const FORM_FIELD = /^(x-oss-|x:|content-|cache-control$|expires$|success_action_)/i;

/** `x_oss_credential`, `xOssCredential`, `X-Oss-Credential` → `x-oss-credential`. */
function normalise(member: string): string {
  const kebab = member.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return kebab.startsWith('x_oss_') || kebab.startsWith('security_') || kebab === 'sts_token'
    ? kebab.replace(/_/g, '-').replace('sts-token', 'ststoken')
    : kebab;
}

function unwrap(value: unknown): Record<string, unknown> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  // Common API envelopes: { data: {…} }, { result: {…} }.
  for (const wrapper of ['data', 'result', 'body']) {
    const inner = record[wrapper];
    if (inner && typeof inner === 'object' && !Array.isArray(inner) && !('policy' in record)) {
      return inner as Record<string, unknown>;
    }
  }
  return record;
}

/** `{ url, fields: {…} | [{name, value}] }`: the shape our signers (and S3-style tools) print. */
function readFieldsMember(fieldsMember: unknown): NamedValue[] | null {
  if (Array.isArray(fieldsMember)) {
    const list = fieldsMember.filter(
      (f): f is NamedValue =>
        !!f && typeof f === 'object' && typeof f.name === 'string' && typeof f.value === 'string',
    );
    return list.length === fieldsMember.length ? list.filter((f) => f.name !== 'file') : null;
  }
  if (fieldsMember && typeof fieldsMember === 'object') {
    return Object.entries(fieldsMember)
      .filter(([name, value]) => typeof value === 'string' && name !== 'file')
      .map(([name, value]) => ({ name, value: value as string }));
  }
  return null;
}

/**
 * Reads the JSON a signing server answers into the form it describes. Understands Alibaba's
 * app-server shape (`accessid`, `host`, `policy`, `signature`, `expire`, `dir`, `callback`), its
 * V4 variants (`x_oss_signature_version`, `x_oss_credential`, `x_oss_date`, `security_token`, in
 * snake, kebab or camel case), and `{ url, fields }` as printed by our signer snippets; beside
 * app-server members, `fields` adds the other form fields the policy requires (our signing
 * servers' answer). `dir` becomes the key `dir${filename}`; members that are not form fields are
 * listed as problems.
 *
 * @example
 * importSigningServerAnswer('{"accessid":"LTAI…","host":"https://b.oss-cn-hangzhou.aliyuncs.com","policy":"eyJ…","signature":"VsxO…","expire":1700000000,"dir":"user-dir/"}')
 * // ok: { source: 'signing-server', version: 'v1', url: 'https://b.oss-cn-hangzhou.aliyuncs.com',
 * //       fields: [{ name: 'key', value: 'user-dir/${filename}' }, { name: 'OSSAccessKeyId', … }, …] }
 * @see https://www.alibabacloud.com/help/doc-detail/31926.html
 */
export function importSigningServerAnswer(json: string): Result<ImportedForm> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail({
      id: 'signing-server.json',
      ...say('server-not-json'),
    });
  }
  const record = unwrap(parsed);
  if (!record) {
    return fail({
      id: 'signing-server.shape',
      ...say('server-not-object'),
    });
  }
  const problems: Problem[] = [];
  const listed = readFieldsMember(record.fields ?? record.formData);
  // `{ url, fields }` alone is the whole form; beside app-server members (`policy` among them),
  // `fields` holds the other fields the policy requires, e.g. `{"success_action_status": "201"}`.
  if (listed && !('policy' in record)) {
    const url = typeof record.url === 'string' ? record.url : undefined;
    return ok(finishImport('signing-server', keyFirst(listed), [], problems, url));
  }
  const members = Object.entries(record)
    .filter(([name]) => !(listed && (name === 'fields' || name === 'formData')))
    .map(([name, value]) => ({ name, member: normalise(name), value }));
  const v4 = members.some(
    (m) => m.member.startsWith('x-oss-signature-version') || m.member === 'x-oss-credential',
  );
  const fields: NamedValue[] = [];
  let url: string | undefined;
  let dir: string | undefined;
  for (const { name, member, value } of members) {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string') {
      problems.push({
        id: 'signing-server.ignored',
        ...say('server-not-text', { name }),
        path: name,
      });
    } else if (URL_MEMBERS.has(member)) {
      url = text;
    } else if (member === 'dir') {
      dir = text;
    } else if (member === 'signature') {
      fields.push({ name: v4 ? 'x-oss-signature' : 'Signature', value: text });
    } else if (MEMBER_FIELDS[member]) {
      fields.push({ name: MEMBER_FIELDS[member], value: text });
    } else if (FORM_FIELD.test(name)) {
      fields.push({ name: canonicalFieldName(name), value: text });
    } else {
      problems.push({
        id: 'signing-server.ignored',
        ...say('server-not-field', { name }),
        path: name,
      });
    }
  }
  // One set of the names taken so far: a `fields` member of 100,000 entries stays linear.
  const taken = new Set(fields.map((f) => f.name.toLowerCase()));
  for (const extra of listed ?? []) {
    const name = extra.name.toLowerCase();
    if (taken.has(name)) continue;
    taken.add(name);
    fields.push(extra);
  }
  if (!fields.some((f) => f.name === 'key') && dir !== undefined) {
    fields.unshift({ name: 'key', value: `${dir}\${filename}` });
  }
  if (!fields.some((f) => f.name === 'policy')) {
    problems.push({
      id: 'signing-server.no-policy',
      ...say('server-no-policy'),
      path: 'policy',
    });
  }
  return ok(finishImport('signing-server', keyFirst(fields), [], problems, url));
}

function keyFirst(fields: NamedValue[]): NamedValue[] {
  const key = fields.filter((f) => f.name.toLowerCase() === 'key');
  return [...key, ...fields.filter((f) => f.name.toLowerCase() !== 'key')];
}
