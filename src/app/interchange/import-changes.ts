import {
  EXPIRATION_AFTER_SIGNING,
  type ImportChange,
  type ImportedValues,
} from './imported-to-values.ts';
import type { APP_INTERCHANGE_TEXTS } from './changes-texts-en.ts';

type Texts = typeof APP_INTERCHANGE_TEXTS;
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
  | 'modeSandbox'
  | 'modeRegion'
  | 'modeCustom'
  | 'afterSigning'
  | 'unitMinutes'
  | 'unitHours'
  | 'unitDays'
  | 'added'
  | 'removed'
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

// Lists (`a; b; c`): what was added and removed, not old → new.
const LISTS: readonly Label[] = ['conditions', 'optionalFields'];

/** A value as the reader says it: target modes and relative expirations in words. */
function sayValue(label: Label, value: string, texts: Texts): string {
  if (value === '') return texts.empty;
  if (label === 'postTo') {
    const modes: Record<string, string> = {
      sandbox: texts.modeSandbox,
      region: texts.modeRegion,
      custom: texts.modeCustom,
    };
    return modes[value] ?? value;
  }
  if (label === 'expiration' && value.startsWith(EXPIRATION_AFTER_SIGNING)) {
    const [amount = '', unit = ''] = value.slice(EXPIRATION_AFTER_SIGNING.length).split(' ');
    const units: Record<string, string> = {
      minutes: texts.unitMinutes,
      hours: texts.unitHours,
      days: texts.unitDays,
    };
    return texts.afterSigning({ amount, unit: units[unit] ?? unit });
  }
  return value;
}

/** A list's change: the items added and removed (`added a; removed b`). */
function sayListChange(from: string, to: string, texts: Texts): string {
  const before = from === '' ? [] : from.split('; ');
  const after = to === '' ? [] : to.split('; ');
  const added = after.filter((item) => !before.includes(item));
  const removed = before.filter((item) => !after.includes(item));
  return [
    ...(added.length > 0 ? [texts.added({ items: added.join('; ') })] : []),
    ...(removed.length > 0 ? [texts.removed({ items: removed.join('; ') })] : []),
  ].join('; ');
}

/**
 * What an import changed in the builder (`importedToValues(...).changes`), one line per input,
 * with old → new for plain values (in words: "OSS public cloud", "1 h after signing") and what was
 * added and removed for the conditions and the optional fields.
 * @example describeImportChanges([{ field: 'key', from: 'uploads/${filename}', to: 'user/${filename}' }], texts) // ['Object key: uploads/${filename} → user/${filename}'] (with textsNow(APP_INTERCHANGE_TEXTS))
 */
export function describeImportChanges(changes: readonly ImportChange[], texts: Texts): string[] {
  const lines = changes.flatMap(({ field, from, to }) => {
    const label = LABELS[field];
    if (!label) return [];
    const name = texts[label];
    if (label === 'securityToken') {
      return [`${name}: ${to === '(none)' ? texts.tokenCleared : texts.tokenSet}`]; // never echo a token
    }
    if (LISTS.includes(label)) {
      // Same items in another order say nothing added or removed: named only then.
      const said = sayListChange(from, to, texts);
      return [said === '' ? name : `${name}: ${said}`];
    }
    return [`${name}: ${sayValue(label, from, texts)} → ${sayValue(label, to, texts)}`];
  });
  return [...new Set(lines)];
}

/** The import would switch a V4 form to the legacy V1 signature (asked before it is applied). */
export function switchesToV1(versionChange: ImportedValues['versionChange']): boolean {
  return versionChange?.from === 'v4' && versionChange.to === 'v1';
}
