import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, findCatalogEntries } from './index.ts';

const key = (e: { code: string; message: string; status: number; ec?: string }) =>
  `${e.code}|${e.message}|${e.status}|${e.ec ?? ''}`;

describe('ERROR_CATALOG', () => {
  it('has no duplicate code+message+status+EC', () => {
    expect(new Set(ERROR_CATALOG.map(key)).size).toBe(ERROR_CATALOG.length);
  });

  it.each(ERROR_CATALOG.map((e) => [key(e), e] as const))('%s is a complete record', (_k, e) => {
    expect(e.code).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    expect(e.cause.length).toBeGreaterThan(10);
    expect(e.solution.length).toBeGreaterThan(10);
    expect(e.cause).not.toBe(e.solution);
    expect([200, 203, 400, 403, 405, 409, 500]).toContain(e.status);
    expect(e.docUrl).toMatch(
      /^https:\/\/(www\.alibabacloud\.com\/help\/en\/oss\/|api\.aliyun\.com\/troubleshoot\?q=)/,
    );
    if (e.ec !== undefined) {
      expect(e.ec).toMatch(/^\d{4}-\d{8}$/);
      expect(e.docUrl).toBe(`https://api.aliyun.com/troubleshoot?q=${e.ec}`);
    }
    expect(Array.isArray(e.fields)).toBe(true);
  });

  it.each([
    ['AccessDenied', 'Invalid according to Policy: Policy expired.', 403],
    [
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      403,
    ],
    ['AccessDenied', 'You have no right to access this object because of bucket acl.', 403],
    ['AccessDenied', "Access denied by authorizer's policy.", 403],
    [
      'InvalidAccessKeyId',
      'The OSS Access Key Id you provided does not exist in our records.',
      403,
    ],
    ['FileAlreadyExists', '', 409],
    ['FileImmutable', '', 409],
    ['KmsServiceNotEnabled', 'This user does not turn on KMS service', 403],
    ['CallbackFailed', '', 203],
  ])('holds the PostObject error %s %j (HTTP %i)', (code, message, status) => {
    expect(
      ERROR_CATALOG.some((e) => e.code === code && e.message === message && e.status === status),
    ).toBe(true);
  });

  it.each([
    ['0002-00000701', ['x-oss-signature-version']],
    ['0002-00000702', ['policy']],
    ['0002-00000703', ['Signature']],
    ['0002-00000704', ['x-oss-signature', 'Signature']],
    ['0002-00000705', ['x-oss-signature', 'Signature', 'policy']],
    ['0002-00000706', ['OSSAccessKeyId']],
    ['0002-00000707', ['OSSAccessKeyId', 'x-oss-credential']],
    ['0002-00000709', ['x-oss-credential', 'x-oss-date']],
    ['0002-00000710', ['x-oss-credential']],
    ['0006-00000003', ['file', 'policy']],
    ['0006-00000103', ['file']],
    ['0006-00000110', ['policy', 'callback', 'x-oss-meta-*']],
    ['0006-00000112', ['policy', 'callback', 'x-oss-meta-*']],
    ['0006-00000117', ['x-oss-forbid-overwrite']],
    ['0006-00000201', ['policy']],
    ['0006-00000205', ['policy']],
    ['0006-00000208', ['policy']],
    ['0006-00000209', ['policy']],
    ['0006-00000210', ['policy']],
    ['0006-00000211', ['policy']],
    ['0006-00000212', ['policy']],
    ['0006-00000220', ['policy']],
    ['0006-00000224', ['policy']],
  ])('EC %s has an entry pointing at %j', (ec, fields) => {
    expect(ERROR_CATALOG.find((e) => e.ec === ec)?.fields).toEqual(fields);
  });

  it.each([
    ['InvalidObjectName', ['key']],
    ['InvalidPolicyDocument', ['policy']],
    ['SignatureDoesNotMatch', ['x-oss-signature', 'Signature', 'policy']],
    ['TooManyBuckets', []],
    ['RequestIsNotMultiPartContent', []],
  ])('%s points at %j', (code, fields) => {
    expect(findCatalogEntries(code)[0].fields).toEqual(fields);
  });
});

describe('findCatalogEntries', () => {
  it('returns every entry of a code in catalog order, the general one first', () => {
    const entries = findCatalogEntries('InvalidArgument');
    expect(entries.length).toBeGreaterThan(50);
    expect(entries[0].message).toBe('Invalid Argument. Parameter is invalid');
  });

  it('falls back to a case-insensitive code', () => {
    expect(findCatalogEntries('invalidobjectname')).toHaveLength(3);
  });

  it('gives [] for an unknown code', () => {
    expect(findCatalogEntries('NoSuchThing')).toEqual([]);
  });
});
