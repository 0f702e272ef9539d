import type { BuilderValues } from '../form/builder-schema.ts';
import type { interchangeMessages } from './messages.ts';

type Texts = ReturnType<typeof interchangeMessages.get>;
type Label = Exclude<
  keyof Texts,
  | 'changed'
  | 'unchanged'
  | 'confirmV1Label'
  | 'confirmV1'
  | 'switchToV1'
  | 'keepV4'
  | 'empty'
  | 'tokenSet'
  | 'tokenCleared'
  | 'fieldRow'
  | 'conditionRow'
>;

/** A builder value an import may change, named by the page's label for it. */
const WATCHED: { label: Label; read: (values: BuilderValues) => unknown }[] = [
  { label: 'postTo', read: (v) => v.target.mode },
  { label: 'endpoint', read: (v) => v.target.endpoint },
  { label: 'bucket', read: (v) => v.target.bucket },
  { label: 'region', read: (v) => v.target.region },
  { label: 'signatureVersion', read: (v) => v.credentials.signatureVersion },
  { label: 'accessKeyId', read: (v) => v.credentials.accessKeyId },
  { label: 'securityToken', read: (v) => v.credentials.securityToken },
  { label: 'objectKey', read: (v) => v.key },
  { label: 'expiration', read: (v) => v.expiration },
  { label: 'conditions', read: (v) => v.conditions },
  { label: 'optionalFields', read: (v) => v.fields },
  { label: 'callback', read: (v) => [v.callbackUrl, v.callbackBody] },
];

/**
 * What an import changed in the builder, one line per input, with old → new for plain values.
 * @example describeImportChanges(before, { ...before, key: 'user/${filename}' }) // ['Object key: uploads/${filename} → user/${filename}'] (with interchangeMessages.get())
 */
export function describeImportChanges(
  before: BuilderValues,
  after: BuilderValues,
  texts: Texts,
): string[] {
  const show = (value: unknown) => (value === '' ? texts.empty : String(value));
  return WATCHED.flatMap(({ label, read }) => {
    const was = read(before);
    const now = read(after);
    if (JSON.stringify(was) === JSON.stringify(now)) return [];
    const name = texts[label];
    if (label === 'securityToken') {
      return [`${name}: ${now === '' ? texts.tokenCleared : texts.tokenSet}`]; // never echo a token
    }
    return typeof was === 'string' ? [`${name}: ${show(was)} → ${show(now)}`] : [name];
  });
}

/** The import would switch a V4 form to the legacy V1 signature (asked before it is applied). */
export function switchesToV1(before: BuilderValues, after: BuilderValues): boolean {
  return (
    before.credentials.signatureVersion === 'v4' && after.credentials.signatureVersion === 'v1'
  );
}
