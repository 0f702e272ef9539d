import type { ImportChange, ImportedValues } from './imported-to-values.ts';
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

/** The page's label for each builder value an import may change (imported-to-values.ts names them). */
const LABELS: Record<string, Label> = {
  'target.mode': 'postTo',
  'target.endpoint': 'endpoint',
  'target.bucket': 'bucket',
  'target.region': 'region',
  'credentials.signatureVersion': 'signatureVersion',
  'credentials.accessKeyId': 'accessKeyId',
  'credentials.securityToken': 'securityToken',
  key: 'objectKey',
  expiration: 'expiration',
  conditions: 'conditions',
  fields: 'optionalFields',
  callbackUrl: 'callback',
  callbackBody: 'callback',
  callbackHost: 'callback',
  callbackBodyType: 'callback',
};

// Values too long to show old → new in a line: named only.
const NAMED_ONLY: readonly Label[] = ['conditions', 'optionalFields', 'callback'];

/**
 * What an import changed in the builder (`importedToValues(...).changes`), one line per input,
 * with old → new for plain values.
 * @example describeImportChanges([{ field: 'key', from: 'uploads/${filename}', to: 'user/${filename}' }], texts) // ['Object key: uploads/${filename} → user/${filename}'] (with interchangeMessages.get())
 */
export function describeImportChanges(changes: readonly ImportChange[], texts: Texts): string[] {
  const show = (value: string) => (value === '' ? texts.empty : value);
  const lines = changes.flatMap(({ field, from, to }) => {
    const label = LABELS[field];
    if (!label) return [];
    const name = texts[label];
    if (label === 'securityToken') {
      return [`${name}: ${to === '(none)' ? texts.tokenCleared : texts.tokenSet}`]; // never echo a token
    }
    return NAMED_ONLY.includes(label) ? [name] : [`${name}: ${show(from)} → ${show(to)}`];
  });
  return [...new Set(lines)];
}

/** The import would switch a V4 form to the legacy V1 signature (asked before it is applied). */
export function switchesToV1(versionChange: ImportedValues['versionChange']): boolean {
  return versionChange?.from === 'v4' && versionChange.to === 'v1';
}
