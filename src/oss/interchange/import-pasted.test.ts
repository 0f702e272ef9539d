import { describe, expect, it } from 'vitest';
import { D1, D2 } from '../signing/signing-vectors.ts';
import { importPasted } from './import-pasted.ts';
import { importPolicy } from './import-policy.ts';

describe('importPolicy', () => {
  it.each([
    ['Base64 V1 policy', D1.policyBase64, 'policy-base64', 'v1', D1.policyBase64],
    ['Base64 V4 policy', D2.policyBase64, 'policy-base64', 'v4', D2.policyBase64],
    [
      'policy JSON, its exact bytes kept',
      `  ${D2.policyJson}\n`,
      'policy-json',
      'v4',
      D2.policyBase64,
    ],
  ])('%s', (_name, text, source, version, sent) => {
    const result = importPolicy(text);
    expect(result.ok && result.value).toMatchObject({
      source,
      version,
      fields: [{ name: 'policy', value: sent }],
    });
  });

  it('passes on the decoder problems (JSON syntax with its position)', () => {
    const result = importPolicy('{"expiration":"2030-01-01T00:00:00Z","conditions":[}');
    expect(!result.ok && result.issues[0]).toMatchObject({
      id: 'policy.json-syntax',
      oss: { code: 'InvalidPolicyDocument' },
    });
  });
});

describe('importPasted', () => {
  it.each([
    [
      'HTML',
      '<form method="post" enctype="multipart/form-data"><input type="file" name="file"></form>',
      'html',
    ],
    ['curl', 'curl -F key=a -F file=@a http://h/b', 'curl'],
    ['curl after a comment', '# upload\ncurl -F key=a -F file=@a http://h/b', 'curl'],
    ['policy JSON', D1.policyJson, 'policy-json'],
    ['Base64 policy', D1.policyBase64, 'policy-base64'],
    [
      'signing server',
      JSON.stringify({ accessid: 'A', policy: D1.policyBase64, signature: D1.signature }),
      'signing-server',
    ],
  ])('recognises %s', (_name, text, source) => {
    const result = importPasted(text);
    expect(result.ok && result.value.source).toBe(source);
  });

  it('refuses empty text', () => {
    const result = importPasted('  ');
    expect(!result.ok && result.issues[0].id).toBe('import.empty');
  });
});
