// The sandbox's node:crypto signer against the published vectors that OSS's signature docs publish (not against our core):
// https://www.alibabacloud.com/help/en/oss/developer-reference/signature-version-4-recommend
import { describe, expect, it } from 'vitest';
import { nodeSigner, signV1, signV4 } from './node-signer.ts';

const B30 = 'B'.repeat(30);

describe('node:crypto PostObject signatures (published vectors)', () => {
  it.each([
    [
      'T1 Java SDK testGenPostPolicy',
      'eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0xOVQwMzo0NDowNi40NzZaIiwiY29uZGl0aW9ucyI6W3siYnVja2V0IjoiZ2VuLXBvc3QtcG9saWN5In0sWyJlcSIsIiRrZXkiLCJ1c2VyXC9lcmljXC9cXCR7ZmlsZW5hbWV9Il0sWyJzdGFydHMtd2l0aCIsIiRrZXkiLCJ1c2VyXC9lcmljIl0sWyJzdGFydHMtd2l0aCIsIiR4LW9zcy1tZXRhLXRhZyIsImR1bW15X2V0YWciXSxbImNvbnRlbnQtbGVuZ3RoLXJhbmdlIiwxLDEwMjRdXX0=',
      B30,
      '9fs2TRS2W2k5hV8mLsvqZBnlC2M=',
    ],
    [
      'T3 ug0/aliyun_oss',
      'eyJjb25kaXRpb25zIjpbWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsMCwxMDQ4NTc2MF0seyJidWNrZXQiOiJhaGFoYSJ9LHsiQSI6ImEifSx7ImtleSI6IkFCQyJ9XSwiZXhwaXJhdGlvbiI6IjIwMTMtMTItMDFUMTI6MDA6MDBaIn0=',
      'OtxrzxIsfpFjA7SwPzILwy8Bw21TLhquhboDYROV',
      'W835KpLsL6k1/oo28RcsEflB6hw=',
    ],
  ])('V1 %s', (_name, policy, secret, signature) => {
    expect(signV1(policy, secret)).toBe(signature);
    expect(nodeSigner({ version: 'v1', policyBase64: policy, accessKeySecret: secret })).toBe(
      signature,
    );
  });

  it.each([
    [
      'T4 alibaba_cloud_kit (region given as oss-us-west-1)',
      'eyJjb25kaXRpb25zIjpbeyJidWNrZXQiOiJleGFtcGxlLWJ1Y2tldCJ9LHsieC1vc3Mtc2lnbmF0dXJlLXZlcnNpb24iOiJPU1M0LUhNQUMtU0hBMjU2In0seyJ4LW9zcy1jcmVkZW50aWFsIjoiYWNjZXNzX2tleV9pZC8yMDI0MDcxMy91cy13ZXN0LTEvb3NzL2FsaXl1bl92NF9yZXF1ZXN0In0seyJ4LW9zcy1kYXRlIjoiMjAyNDA3MTNUMTMzNDE0WiJ9LFsiZXEiLCIka2V5Iiwib2JqZWN0L3ByZXNpZ25fcG9zdF9vYmplY3QucG5nIl0sWyJlcSIsIiR4LW9zcy1vYmplY3QtYWNsIiwicHJpdmF0ZSJdLFsiY29udGVudC1sZW5ndGgtcmFuZ2UiLDEsMTA0ODU3NjAwXV0sImV4cGlyYXRpb24iOiIyMDI0LTA3LTEzVDE0OjM0OjE0WiJ9',
      'access_key_secret',
      '20240713',
      'oss-us-west-1',
      '43fb9eb04136cdaaab110bfb33c4c7daba4beebdad63889e7f3a460242596d04',
    ],
    [
      'T5 ug0/aliyun_oss HEAD',
      'eyJjb25kaXRpb25zIjpbWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsMCwxMDQ4NTc2MF0seyJidWNrZXQiOiJhaGFoYSJ9LHsiQSI6ImEifSx7ImtleSI6IkFCQyJ9XSwiZXhwaXJhdGlvbiI6IjIwMTMtMTItMDFUMTI6MDA6MDBaIn0=',
      'yourAccessKeySecret',
      '20250701',
      'cn-hangzhou',
      '4f19e5c3030598cfe1d4e34b6006cd931bae28ddd5df481ff175e70e94495793',
    ],
  ])('V4 %s', (_name, policy, secret, day, region, signature) => {
    expect(signV4(policy, secret, day, region)).toBe(signature);
    expect(
      nodeSigner({
        version: 'v4',
        policyBase64: policy,
        accessKeySecret: secret,
        date: `${day}T000000Z`,
        region,
      }),
    ).toBe(signature);
  });

  // The derived key is cached per (secret, day, region): each of these must still change the answer.
  it('gives a different V4 signature when only the secret, the day or the region differs', () => {
    const policy = 'eyJjb25kaXRpb25zIjpbXX0=';
    const base = signV4(policy, 'secret', '20250701', 'cn-hangzhou');
    expect(signV4(policy, 'secret', '20250701', 'oss-cn-hangzhou')).toBe(base);
    const variants = [
      signV4(policy, 'secret2', '20250701', 'cn-hangzhou'),
      signV4(policy, 'secret', '20250702', 'cn-hangzhou'),
      signV4(policy, 'secret', '20250701', 'cn-beijing'),
      signV4(policy, 'secret2025070', '1', 'cn-hangzhou'),
    ];
    expect(new Set([base, ...variants]).size).toBe(5);
    expect(signV4(policy, 'secret', '20250701', 'cn-hangzhou')).toBe(base);
  });

  it('keeps giving the published V4 signature after many other keys were derived', () => {
    const policy =
      'eyJjb25kaXRpb25zIjpbWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsMCwxMDQ4NTc2MF0seyJidWNrZXQiOiJhaGFoYSJ9LHsiQSI6ImEifSx7ImtleSI6IkFCQyJ9XSwiZXhwaXJhdGlvbiI6IjIwMTMtMTItMDFUMTI6MDA6MDBaIn0=';
    const expected = '4f19e5c3030598cfe1d4e34b6006cd931bae28ddd5df481ff175e70e94495793';
    expect(signV4(policy, 'yourAccessKeySecret', '20250701', 'cn-hangzhou')).toBe(expected);
    for (let i = 0; i < 600; i += 1) signV4(policy, `other-${i}`, '20250701', 'cn-hangzhou');
    expect(signV4(policy, 'yourAccessKeySecret', '20250701', 'cn-hangzhou')).toBe(expected);
  });
});
