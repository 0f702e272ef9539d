import { describe, expect, it } from 'vitest';
import type { PolicyCondition } from '../../oss/index.ts';
import { createConditionRow } from '../form/condition-rows.ts';
import { LOGIC_NOTES_TEXTS } from '../logic/texts-en.ts';
import { sayTypeNote } from './type-note.ts';
import { describeTypeRefusal } from './type-refusal.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const rows = [
  createConditionRow({ kind: 'starts-with', field: 'key', value: 'users/' }),
  createConditionRow({ kind: 'starts-with', field: 'Content-Type', value: 'image/' }),
];

describe('a Content-Type refusal said specifically', () => {
  it.each([
    [
      'a prefix',
      ['starts-with', '$content-type', 'image/'],
      'text/plain',
      'Your file is text/plain; the policy allows image/… (your condition 2).',
    ],
    [
      'no type from the browser',
      ['starts-with', '$content-type', 'image/'],
      '',
      'Your file is of no type (the browser reported none); the policy allows image/…',
    ],
  ] as [string, PolicyCondition, string, string][])('%s', (_title, condition, fileType, text) => {
    const note = describeTypeRefusal({ condition, fileType, conditions: rows });
    expect(note).toBeDefined();
    expect(sayTypeNote(note!, textsNow(LOGIC_NOTES_TEXTS))).toContain(text);
  });

  it.each([
    ['a list', ['in', '$content-type', ['image/png', 'image/jpeg']], 'image/png, image/jpeg'],
    ['one type', ['eq', '$content-type', 'application/pdf'], 'application/pdf'],
  ] as [string, PolicyCondition, string][])(
    '%s names every allowed type',
    (_t, condition, allowed) => {
      const conditions = [
        createConditionRow({ kind: 'raw', field: '', values: JSON.stringify(condition) }),
      ];
      const note = describeTypeRefusal({ condition, fileType: 'text/plain', conditions });
      expect(note && sayTypeNote(note, textsNow(LOGIC_NOTES_TEXTS))).toContain(
        `allows ${allowed} `,
      );
    },
  );

  it('an excluded type', () => {
    const conditions = [
      createConditionRow({ kind: 'not-in', field: 'content-type', values: 'text/plain' }),
    ];
    const condition: PolicyCondition = ['not-in', '$content-type', ['text/plain']];
    const note = describeTypeRefusal({ condition, fileType: 'text/plain', conditions });
    expect(note && sayTypeNote(note, textsNow(LOGIC_NOTES_TEXTS))).toContain(
      'which your condition 1 excludes',
    );
  });

  it.each([
    ['a key condition', ['starts-with', '$key', 'users/'] as PolicyCondition],
    ['a size condition', ['content-length-range', 1, 2] as PolicyCondition],
    ['no condition', undefined],
  ])('says nothing more for %s', (_t, condition) => {
    expect(
      describeTypeRefusal({ condition, fileType: 'text/plain', conditions: rows }),
    ).toBeUndefined();
  });
});
