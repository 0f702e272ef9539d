import { describe, expect, it } from 'vitest';
import { APP_INTERCHANGE_TEXTS } from './changes-texts-en.ts';
import { namesLeftOut } from './share-section.tsx';
import { textsNow } from '../../ui/i18n/texts.ts';

describe('the share hint names what it left out as the page shows it', () => {
  it.each([
    [['credentials.accessKeySecret', 'credentials.securityToken'], []],
    [['credentials.accessKeySecret', 'fields[2]'], ['optional field 3']],
    [['conditions[0]'], ['condition 1']],
    [['callback.accessKeySecret', 'callback.accessKeySecret'], ['accessKeySecret']],
  ])('%j → %j', (stripped, names) => {
    expect(namesLeftOut(stripped, textsNow(APP_INTERCHANGE_TEXTS))).toEqual(names);
  });
});
