import { messagesToJSON, type ComponentsJSON } from '@nanostores/i18n';
import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../../oss/index.ts';
import { auditCatalogue, type Catalogue } from './audit-catalogue.ts';

// Every folder's English messages (src/app/**/messages.ts, src/ui/**/messages.ts, and a folder's
// lazily loaded part's, such as src/ui/result-messages.ts) and every Chinese catalogue file, as
// the page loads them.
const MESSAGE_MODULES = import.meta.glob<Record<string, unknown>>(
  ['../../**/messages.ts', '../../**/*-messages.ts'],
  { eager: true },
);
const CHINESE_FILES = import.meta.glob<ComponentsJSON>('./zh-CN/*.json', {
  eager: true,
  import: 'default',
});

// At run time each component also carries its name and base messages (what messagesToJSON reads).
type Component = Parameters<typeof messagesToJSON>[0] & { component: string };

/** An export of a messages.ts that is an i18n component (the others are helpers or types). */
function isComponent(value: unknown): value is Component {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { component?: unknown }).component === 'string' &&
    typeof (value as { base?: unknown }).base === 'object'
  );
}

const components = Object.values(MESSAGE_MODULES).flatMap((module) =>
  Object.values(module).filter(isComponent),
);
const english = messagesToJSON(...components) as Catalogue;
const chinese = Object.assign({}, ...Object.values(CHINESE_FILES)) as Catalogue;

// Names, the same in every language: the product's, and the AccessKey ID as the console writes it
// (docs/glossary-zh.md).
const SAME_IN_EVERY_LANGUAGE = ['header.product', 'interchange.accessKeyId'];

describe('the Chinese catalogue covers every message of the page', () => {
  it('finds the messages of every folder', () => {
    // A glob that found nothing would make every check below pass vacuously.
    expect(Object.keys(english)).toEqual(expect.arrayContaining(['verdict', 'header', 'result']));
  });

  it('has a name for each component once', () => {
    const names = components.map((component) => component.component);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  const audit = auditCatalogue(english, chinese, findEnglishLeftovers, SAME_IN_EVERY_LANGUAGE);
  it.each([
    ['no message without Chinese', audit.missing],
    ['no empty Chinese entry', audit.empty],
    ['no Chinese entry left in English', audit.english],
    ['no {param} lost or invented', audit.params],
    ['no Chinese entry that no message has', audit.orphans],
  ])('%s', (_rule, faults) => {
    expect(faults).toEqual([]);
  });
});

describe('the catalogue audit', () => {
  const en: Catalogue = { c: { a: 'Upload the file', b: '{n} of {total}' } };
  it.each([
    ['sound', { c: { a: '上传文件', b: '第 {n} 个，共 {total} 个' } }, {}],
    ['a key missing', { c: { b: '第 {n} 个，共 {total} 个' } }, { missing: ['c.a'] }],
    ['an empty entry', { c: { a: ' ', b: '第 {n} 个，共 {total} 个' } }, { empty: ['c.a'] }],
    [
      'English left in',
      { c: { a: 'Upload the file', b: '第 {n} 个，共 {total} 个' } },
      { english: ['c.a: Upload the file'] },
    ],
    ['a param lost', { c: { a: '上传文件', b: '{n} 个' } }, { params: ['c.b: {n},{total} → {n}'] }],
    [
      'an orphan',
      { c: { a: '上传文件', b: '第 {n} 个，共 {total} 个', z: '多余' }, d: { y: '多余' } },
      { orphans: ['c.z', 'd.y'] },
    ],
  ])('%s', (_name, zh, faults) => {
    expect(auditCatalogue(en, zh as Catalogue, findEnglishLeftovers, [])).toEqual({
      missing: [],
      empty: [],
      english: [],
      params: [],
      orphans: [],
      ...faults,
    });
  });
});
