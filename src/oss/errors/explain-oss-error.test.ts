import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from './catalog/index.ts';
import { explainOssError, normalizeMessage } from './explain-oss-error.ts';
import { OSS_ERROR_BODIES } from '../fixtures/oss-error-bodies.ts';
import { parseOssError } from './parse-oss-error.ts';

/** The cause of the catalog entry with this code and message (and EC, when given). */
function causeOf(code: string, message: string, ec?: string): string {
  const entry = ERROR_CATALOG.find(
    (e) => e.code === code && e.message === message && (ec === undefined || e.ec === ec),
  );
  if (entry === undefined) throw new Error(`no catalog entry ${code} ${message} ${ec ?? ''}`);
  return entry.cause;
}

const KEY_ORDER =
  "The bucket POST must contain the specified 'key'. If it is specified, please check the order of the fields";
const CONDITION_SAMPLE =
  'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "user/eric/"]';

describe('explainOssError: Code + Message, normalised', () => {
  it.each([
    [
      'trailing dot added',
      'InvalidArgument',
      'Post request accessKeyId is empty.',
      'Post request accessKeyId is empty.',
      '0002-00000707',
    ],
    [
      'trailing dot removed',
      'AccessDenied',
      'Invalid according to Policy: Policy expired',
      'Invalid according to Policy: Policy expired.',
      undefined,
    ],
    [
      'trailing space (real capture, content-length-range)',
      'InvalidPolicyDocument',
      'Invalid Policy: Invalid JSON. ',
      'Invalid Policy: Invalid JSON. ',
      '0006-00000220',
    ],
    [
      'upper case',
      'FieldItemTooLong',
      'YOUR NAME OF FORM FIELD IS TOO LONG',
      'Your name of form field is too long',
      undefined,
    ],
    [
      'inner whitespace and newlines',
      'MalformedPOSTRequest',
      'The body of your POST request\n   is not  well-formed multipart/form-data',
      'The body of your POST request is not well-formed multipart/form-data',
      undefined,
    ],
    [
      'one alternative of an "A or The B" message',
      'InvalidTag',
      'The TagValue you have provided is invalid',
      'The TagKey you have provided is invalid, or The TagValue you have provided is invalid',
      undefined,
    ],
    [
      'alternative with a trailing dot',
      'EntityTooLarge',
      'Your proposed upload exceeds the maximum allowed size.',
      'Your proposed upload exceeds the maximum allowed size or Source object Length exceeds the maximum allowed size.',
      undefined,
    ],
    [
      'the condition echoed in the message varies',
      'AccessDenied',
      'Invalid according to Policy: Policy Condition failed: ["eq", "$content-type", "image/png"]',
      CONDITION_SAMPLE,
      undefined,
    ],
    [
      'a pinned empty token the form did not send has its own cause',
      'AccessDenied',
      'Invalid according to Policy: Policy Condition failed: ["eq", "$x-oss-security-token", ""]',
      'Invalid according to Policy: Policy Condition failed: ["eq", "$x-oss-security-token", ""]',
      undefined,
    ],
    [
      'a condition on a misspelled field (underscores) has its own cause',
      'AccessDenied',
      'Invalid according to Policy: Policy Condition failed: ["eq", "$x_oss_object_acl", "public-read"]',
      'Invalid according to Policy: Policy Condition failed: ["eq", "$x_oss_object_acl", "private"]',
      undefined,
    ],
    [
      'a misspelled standard field (Content_Type) too',
      'AccessDenied',
      'Invalid according to Policy: Policy Condition failed: ["starts-with", "$Content_Type", "image/"]',
      'Invalid according to Policy: Policy Condition failed: ["eq", "$x_oss_object_acl", "private"]',
      undefined,
    ],
    [
      'success_action_status is spelled right with underscores: a value mismatch',
      'AccessDenied',
      'Invalid according to Policy: Policy Condition failed: ["eq", "$success_action_status", "201"]',
      CONDITION_SAMPLE,
      undefined,
    ],
    [
      'the quoted field name varies',
      'InvalidArgument',
      "The bucket POST must contain the specified 'policy'. If it is specified, please check the order of the fields",
      "The bucket POST must contain the specified 'policy'. If it is specified, please check the order of the fields",
      undefined,
    ],
    [
      'the unknown char varies',
      'InvalidPolicyDocument',
      'Invalid Policy: Invalid JSON: unknown char x',
      'Invalid Policy: Invalid JSON: unknown char e',
      undefined,
    ],
    [
      'the seed message is truncated ("neede")',
      'BadRequest',
      'Insufficient information. Request Access-Control-Request-Method header needed',
      'Insufficient information. Request Access-Control-Request-Method header neede',
      undefined,
    ],
    [
      'the seed message stops before a number',
      'ImageTooLarge',
      'Maximal size of image supported is 20MB',
      'Maximal size of image supported is',
      undefined,
    ],
    [
      'the code in another case',
      'invalidobjectname',
      'The Object name can not be empty',
      'The Object name can not be empty',
      undefined,
    ],
  ])('%s', (_name, code, message, catalogMessage, ec) => {
    const explanation = explainOssError({ code, message });
    expect(explanation?.cause).toBe(causeOf(explanation!.code, catalogMessage, ec));
    expect(explanation?.message).toBe(message);
  });

  it('prefers the exact message over a normalised one', () => {
    expect(
      explainOssError({ code: 'InvalidArgument', message: 'Post request signature is empty' })
        ?.cause,
    ).toBe(causeOf('InvalidArgument', 'Post request signature is empty', undefined));
    expect(
      explainOssError({ code: 'InvalidArgument', message: 'Post request signature is empty.' })
        ?.cause,
    ).toBe(causeOf('InvalidArgument', 'Post request signature is empty.', '0002-00000704'));
  });

  it('uses the EC to choose among entries with the same message', () => {
    for (const ec of ['0006-00000205', '0006-00000208', '0006-00000212', '0006-00000224']) {
      const explanation = explainOssError({
        code: 'InvalidPolicyDocument',
        message: 'Invalid Policy: Invalid JSON.',
        ec,
      });
      expect(explanation?.cause).toBe(
        causeOf('InvalidPolicyDocument', 'Invalid Policy: Invalid JSON.', ec),
      );
      expect(explanation?.docUrl).toBe(`https://api.aliyun.com/troubleshoot?q=${ec}`);
    }
  });

  it('points at the field named in a failed condition', () => {
    expect(explainOssError({ code: 'AccessDenied', message: CONDITION_SAMPLE })?.fields).toEqual([
      'key',
      'policy',
    ]);
    expect(
      explainOssError({
        code: 'AccessDenied',
        message:
          'Invalid according to Policy: Policy Condition failed: ["content-length-range", 1, 1024]',
      })?.fields,
    ).toEqual(['file', 'policy']);
  });

  it('points at the field quoted in a masked match', () => {
    const explanation = explainOssError({
      code: 'InvalidArgument',
      message:
        "The bucket POST must contain the specified 'success_action_status'. If it is specified, please check the order of the fields",
    });
    expect(explanation?.fields).toEqual(['success_action_status']);
    expect(explainOssError({ code: 'InvalidArgument', message: KEY_ORDER })?.fields).toEqual([
      'key',
      'file',
    ]);
  });
});

describe('explainOssError: fallbacks', () => {
  it('falls back to Code + EC when the message is unknown', () => {
    const explanation = explainOssError({
      code: 'InvalidArgument',
      message: 'something new',
      ec: '0002-00000710',
    });
    expect(explanation?.cause).toBe(
      causeOf('InvalidArgument', 'The x-oss-credential in the POST request is invalid.'),
    );
    expect(explanation?.message).toBe('something new');
    expect(explanation?.fields).toEqual(['x-oss-credential']);
  });

  it('falls back to Code + EC without a message', () => {
    expect(explainOssError({ code: 'MalformedPOSTRequest', ec: '0006-00000103' })?.message).toBe(
      'The body of your POST request is not well-formed multipart/form-data',
    );
  });

  it('falls back to the code general entry', () => {
    expect(explainOssError({ code: 'InvalidArgument', message: 'something new' })?.cause).toBe(
      causeOf('InvalidArgument', 'Invalid Argument. Parameter is invalid'),
    );
    expect(
      explainOssError({ code: 'CallbackFailed', message: 'Error status : 502.' })?.fields,
    ).toEqual(['callback']);
    expect(explainOssError({ code: 'FileImmutable' })?.cause).toMatch(/retention/);
  });

  it.each([
    [{ code: 'NoSuchKey', message: 'The specified key does not exist.' }],
    [{ code: '' }],
    [{ code: 'Invalid Argument' }],
    [{ code: undefined as unknown as string }],
  ])('unknown code %j → null', (error) => {
    expect(explainOssError(error)).toBeNull();
  });
});

describe('explainOssError on parsed OSS bodies', () => {
  it.each(OSS_ERROR_BODIES.map((f) => [f.name, f] as const))(
    '%s is explained',
    (_name, fixture) => {
      const error = parseOssError(fixture.body, fixture.headers)!;
      const explanation = explainOssError(error);
      expect(explanation?.code).toBe(error.code);
      expect(explanation?.message).toBe(error.message);
      expect(explanation?.cause.length).toBeGreaterThan(10);
    },
  );

  it('explains the STS sample by its message and EC', () => {
    const sts = OSS_ERROR_BODIES.find((f) => f.name.startsWith('06'))!;
    expect(explainOssError(parseOssError(sts.body, sts.headers)!)?.fields).toEqual([
      'x-oss-security-token',
    ]);
  });
});

describe('normalizeMessage', () => {
  it.each([
    ['  Post request  signature is EMPTY. ', 'post request signature is empty'],
    ['a\r\n\tb...', 'a b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(normalizeMessage(input)).toBe(output);
  });
});
