import { describe, expect, it } from 'vitest';
import { encodePolicy, type PolicyDocument } from '../../oss/index.ts';
import { readPolicySide } from './compare-section.tsx';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const TEXTS = textsNow(INTERCHANGE_TOOLS_TEXTS);

const BUILDER: PolicyDocument = {
  expiration: '2030-01-01T00:00:00.000Z',
  conditions: [{ bucket: 'examplebucket' }],
};
const OTHER: PolicyDocument = {
  expiration: '2031-01-01T00:00:00.000Z',
  conditions: [['starts-with', '$key', 'a/']],
};

describe('a policy side of the comparison', () => {
  it.each([
    ['empty: the builder policy', '  ', BUILDER],
    ['policy JSON', JSON.stringify(OTHER), OTHER],
    ['the Base64 policy field', encodePolicy(OTHER), OTHER],
  ])('%s', (_name, text, expected) => {
    expect(readPolicySide(text, BUILDER, TEXTS)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['empty without a signed form', '', null, 'compare.no-form'],
    ['broken JSON', '{"expiration": oops}', BUILDER, 'policy.'],
    ['no conditions', '{"expiration":"2030-01-01T00:00:00Z","conditions":[]}', BUILDER, 'policy.'],
  ])('%s is refused with a reason', (_name, text, builder, id) => {
    const side = readPolicySide(text, builder, TEXTS);
    expect(side.ok).toBe(false);
    if (!side.ok) expect(side.issues[0].id.startsWith(id)).toBe(true);
  });
});
