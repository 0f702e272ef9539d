import { describe, expect, it } from 'vitest';
import type { ExtraField } from './builder-schema.ts';
import {
  CALLBACK_INPUT_IDS,
  callbackVarIndexes,
  callbackVarInputId,
  checkCallback,
} from './callback-problems.ts';

const VALID = {
  callbackUrl: 'https://cb.example.com/done',
  callbackBody: 'object=${object}&order=${x:order}',
  callbackHost: '',
  callbackBodyType: '',
  fields: [
    { name: 'success_action_status', value: '201' },
    { name: 'x:order', value: '42' },
  ] as ExtraField[],
};

describe('the callback editor checks the form as OSS and the sandbox would', () => {
  it('has nothing to check without a URL', () => {
    expect(checkCallback({ ...VALID, callbackUrl: '  ' })).toBeNull();
  });

  it('accepts a valid callback with an x: variable', () => {
    expect(checkCallback(VALID)).toEqual([]);
  });

  it.each([
    [
      'a private address',
      { callbackUrl: 'http://10.0.0.1/cb' },
      CALLBACK_INPUT_IDS.urls,
      /private/,
    ],
    [
      'more than 5 URLs',
      { callbackUrl: Array.from({ length: 6 }, (_, i) => `https://a${i}.example/`).join(';') },
      CALLBACK_INPUT_IDS.urls,
      /6 URLs/,
    ],
    ['an empty body', { callbackBody: '' }, CALLBACK_INPUT_IDS.body, /no callbackBody/],
    [
      'an unknown body type',
      { callbackBodyType: 'text/plain' },
      CALLBACK_INPUT_IDS.bodyType,
      /not supported/,
    ],
    [
      'an upper-case variable name',
      { fields: [{ name: 'x:Order', value: '42' }] },
      callbackVarInputId(0),
      /must be lower case/,
    ],
    [
      'a variable without a name',
      {
        fields: [
          { name: 'a', value: '' },
          { name: 'x:', value: '' },
        ],
      },
      callbackVarInputId(1),
      /must start with "x:" followed by a name/,
    ],
  ])('points %s at its input', (_, patch, inputId, message) => {
    const problems = checkCallback({ ...VALID, ...patch }) ?? [];
    expect(problems.map((p) => p.inputId)).toContain(inputId);
    expect(problems.find((p) => p.inputId === inputId)?.message).toMatch(message);
  });

  it('names every wrong variable at once, even while the URL is wrong too', () => {
    const problems = checkCallback({
      ...VALID,
      callbackUrl: 'http://127.0.0.1/cb',
      fields: [
        { name: 'x:A', value: '' },
        { name: 'x:B', value: '' },
      ],
    });
    expect(problems?.map((p) => p.inputId)).toEqual([
      CALLBACK_INPUT_IDS.urls,
      callbackVarInputId(0),
      callbackVarInputId(1),
    ]);
  });

  it('cites OSS answer verbatim for an OSS refusal', () => {
    expect(checkCallback({ ...VALID, callbackUrl: 'http://10.0.0.1/cb' })?.[0].message).toMatch(
      /\(OSS: InvalidArgument "/,
    );
  });

  it('finds the x: variables among the form fields', () => {
    expect(
      callbackVarIndexes([
        { name: 'x:a', value: '' },
        { name: 'x-oss-meta-a', value: '' },
        { name: ' x:b', value: '' },
      ]),
    ).toEqual([0, 2]);
  });
});
