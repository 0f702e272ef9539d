import { describe, expect, it } from 'vitest';
import { auditTranslation } from './translation-audit.ts';

const EN = { a: (p: { n: number }) => `${p.n} bytes`, b: () => 'Empty.' };
const noLeftovers = () => [];

type Case = [string, Readonly<Record<string, unknown>>, string[]];

describe('auditTranslation', () => {
  it.each<Case>([
    ['a sound table', { a: (p: { n: number }) => `${p.n} 字节`, b: () => '为空。' }, []],
    ['a missing key', { a: (p: { n: number }) => `${p.n} 字节` }, ['b: no translation']],
    ['an empty text', { a: (p: { n: number }) => `${p.n} 字节`, b: () => ' ' }, ['b: empty']],
    [
      'English left',
      { a: (p: { n: number }) => `${p.n} 字节`, b: () => 'Empty.' },
      ['b: no Chinese in "Empty."'],
    ],
    ['a dropped value', { a: () => '字节', b: () => '为空。' }, ['a: drops n=5']],
    [
      'an extra key',
      { a: (p: { n: number }) => `${p.n} 字节`, b: () => '为空。', c: () => '多余' },
      ['c: not an English key'],
    ],
  ])('%s', (_, zh, faults) => {
    expect(auditTranslation(EN, zh, { a: { n: 5 } }, noLeftovers)).toEqual(faults);
  });

  it('reports the leftovers the finder returns', () => {
    const zh: Record<string, unknown> = {
      a: (p: { n: number }) => `${p.n} 字节`,
      b: () => '为空 left over',
    };
    expect(
      auditTranslation(EN, zh, { a: { n: 5 } }, (t) => (t.includes('left') ? ['left over'] : [])),
    ).toEqual(['b: English left: left over']);
  });
});
