import { describe, expect, it } from 'vitest';
import { FORM_POLICY_JSON_TEXTS } from './texts-en.ts';
import { jsonErrorOffset, readPolicyJson, toTextPosition } from './policy-json.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const TEXTS = textsNow(FORM_POLICY_JSON_TEXTS);

describe('the raw policy JSON editor', () => {
  it('reads expiration and the user conditions', () => {
    const reading = readPolicyJson(
      JSON.stringify({
        expiration: '2030-01-01T00:00:00.000Z',
        conditions: [
          { bucket: 'b' },
          ['starts-with', '$key', 'user/'],
          ['content-length-range', 0, 1024],
        ],
      }),
      TEXTS,
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.expiration).toBe('2030-01-01T00:00:00.000Z');
    expect(reading.conditions.map((row) => row.kind)).toEqual([
      'starts-with',
      'content-length-range',
    ]);
  });

  it('points at the line and column of a syntax error', () => {
    const text = '{\n  "expiration": "2030-01-01T00:00:00.000Z",\n  "conditions": [,]\n}';
    const reading = readPolicyJson(text, TEXTS);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems[0].message).toMatch(/Invalid JSON/);
    expect(reading.problems[0].position).toMatchObject({ line: 3, column: 18 });
  });

  it.each([
    ['{"conditions": []}', /expiration/],
    ['{"expiration": "x", "conditions": {}}', /conditions/],
    ['[]', /JSON object/],
  ])('explains a wrong shape: %s', (text, message) => {
    const reading = readPolicyJson(text, TEXTS);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems[0].message).toMatch(message);
  });

  it.each([
    ['Unexpected token } in JSON at position 12', 12],
    ["Expected ',' or '}' after property value in JSON at position 9 (line 1 column 10)", 9],
  ])('finds the offset in %j', (message, offset) => {
    expect(jsonErrorOffset('{"a": 1 "b": 2}', message)).toBe(offset);
  });

  it('turns offsets into 1-based lines and columns', () => {
    expect(toTextPosition('ab\ncd', 4)).toEqual({ offset: 4, line: 2, column: 2 });
  });
  it('passes on what OSS would refuse in well-formed JSON, with the path', () => {
    const reading = readPolicyJson(
      '{"expiration":"2030-01-01T00:00:00.000Z","conditions":[["in","$content-type","image/png"]]}',
      TEXTS,
    );
    expect(reading.ok).toBe(true);
    if (reading.ok)
      expect(reading.warnings[0].message).toMatch(/^conditions\[0\]\[2\]: .*InvalidPolicyDocument/);
  });
});
