// Seed entries (OSS HTTP 400 reference) about upload callbacks and persistent headers.
// Codes and messages verbatim; causes and solutions our own.
// https://www.alibabacloud.com/help/en/oss/support/http-status-code-400

import type { CatalogEntry } from '../error-types.ts';
import { catalogEntry as e } from './entry.ts';
import { CALLBACK_MAX_BYTES, sizeInWords } from '../../limits.ts';

const CALLBACK = { fields: ['callback'] };
const PERSISTENT =
  'x-oss-persistent-headers carries custom headers for a callback or mirror request.';

/**
 * Seed errors about the callback parameter (a form field in PostObject) and persistent headers.
 *
 * @example
 * SEED_CALLBACK_ENTRIES.find((x) => x.message === 'The number of callback url exceed max value')?.fields
 * // ['callback']
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const SEED_CALLBACK_ENTRIES: readonly CatalogEntry[] = [
  e(
    'invalid-argument-callback-signature-version-invalid',
    'InvalidArgument',
    'The callback signature version is invalid',
    'The callback asks for a signature version OSS does not support.',
    'Use callback signature version 1.0 or 2.0, or leave it unset.',
    CALLBACK,
  ),
  e(
    'invalid-argument-callback-configuration-not-base64',
    'InvalidArgument',
    'The callback configuration is not base64 encoded',
    'The callback value is not valid Base64.',
    'Base64-encode the UTF-8 bytes of the callback JSON and send that string as callback.',
    CALLBACK,
  ),
  e(
    'invalid-argument-callback-configuration-not-json',
    'InvalidArgument',
    'The callback configuration is not json format',
    'The callback decodes from Base64, but the result is not a JSON object.',
    'Encode a JSON object such as {"callbackUrl": "https://…", "callbackBody": "…"}.',
    CALLBACK,
  ),
  e(
    'invalid-argument-callback-url-configuration-invalid',
    'InvalidArgument',
    'The callback url configuration is invalid',
    'The callback JSON has no usable callbackUrl.',
    'Set callbackUrl to the http(s) URL of your callback server.',
    CALLBACK,
  ),
  e(
    'invalid-argument-callback-host-configuration-invalid',
    'InvalidArgument',
    'The callback host configuration is invalid',
    'callbackHost is not a valid host name.',
    'Set callbackHost to a plain host name (e.g. example.com) or leave it out to use the callbackUrl host.',
    CALLBACK,
  ),
  e(
    'invalid-argument-callback-body-type-configuration',
    'InvalidArgument',
    'The callback body type configuration is invalid, or The body type of callback is not supported',
    'callbackBodyType is a value OSS does not send.',
    'Use application/x-www-form-urlencoded or application/json, or leave callbackBodyType out.',
    CALLBACK,
  ),
  e(
    'invalid-argument-number-callback-url-exceed',
    'InvalidArgument',
    'The number of callback url exceed max value',
    'callbackUrl lists more than five URLs.',
    'List at most five URLs, separated by semicolons.',
    CALLBACK,
  ),
  e(
    'invalid-argument-can-not-get-ip',
    'InvalidArgument',
    'Can not get ip by this host',
    'The callback host name does not resolve to an address.',
    'Use a callback host with a public DNS record, or its public IP.',
    CALLBACK,
  ),
  e(
    'invalid-argument-private-address-forbidden-callback',
    'InvalidArgument',
    'Private address is forbidden to callback',
    'The callback URL points at a private or internal network address.',
    'Expose the callback server on a public address; OSS cannot call into your LAN or localhost.',
    CALLBACK,
  ),
  e(
    'invalid-argument-length-callback-exceed-max',
    'InvalidArgument',
    'The length of callback exceed max value',
    `The Base64 callback value is longer than ${sizeInWords(CALLBACK_MAX_BYTES)}.`,
    `Shorten callbackBody (fewer variables, shorter names) so the encoded callback stays under ${sizeInWords(CALLBACK_MAX_BYTES)}.`,
    CALLBACK,
  ),
  e(
    'invalid-argument-callback-body-empty',
    'InvalidArgument',
    'The callback body is empty',
    'The callback JSON has no callbackBody.',
    'Add a callbackBody, e.g. "bucket=${bucket}&object=${object}".',
    CALLBACK,
  ),
  e(
    'invalid-argument-callback-body-invalid',
    'InvalidArgument',
    'The callback body is invalid',
    'callbackBody cannot be used as given, e.g. it does not fit its callbackBodyType.',
    'Write callbackBody as form-encoded text or JSON matching callbackBodyType, using ${…} variables.',
    CALLBACK,
  ),
  e(
    'invalid-argument-length-callback-var-exceed',
    'InvalidArgument',
    'The length of callback var exceed max value',
    `The custom callback variables add up to more than ${sizeInWords(CALLBACK_MAX_BYTES)}.`,
    'Send fewer or shorter x: variables.',
    { fields: ['x:*'] },
  ),
  e(
    'invalid-argument-callback-var-not-expecten',
    'InvalidArgument',
    'The callback var is not expecten json',
    'The callback-var value is not a JSON object of "x:name": "value" pairs.',
    'In PostObject send each variable as its own x:name field; elsewhere Base64 a flat JSON object whose keys start with x:.',
    { fields: ['x:*'] },
  ),
  e(
    'invalid-argument-either-callback-query-string',
    'InvalidArgument',
    'Either the callback query string parameter or the x-oss-callback header should be specified, not both',
    'The callback is given both in the URL and in the x-oss-callback header.',
    'Give the callback in one place only.',
  ),
  e(
    'invalid-argument-either-callback-var-query',
    'InvalidArgument',
    'Either the callback-var query string parameter or the x-oss-callback-var header should be specified, not both',
    'The callback variables are given both in the URL and in the x-oss-callback-var header.',
    'Give the callback variables in one place only.',
  ),
  e(
    'invalid-argument-header-value-specified-by',
    'InvalidArgument',
    'The header value specified by persistent header is not utf-8 encoded',
    `A value in x-oss-persistent-headers is not valid UTF-8. ${PERSISTENT}`,
    'Encode the header values as UTF-8 before Base64-encoding them.',
  ),
  e(
    'invalid-argument-header-value-specified-by-persistent',
    'InvalidArgument',
    'The header value specified by persistent header is not equal to reqeust header value',
    'A persistent header repeats a standard request header with a different value.',
    'Give the same value in both places, or drop the duplicate.',
  ),
  e(
    'invalid-argument-header-value-specified-by-persistent-header',
    'InvalidArgument',
    'The header value specified by persistent header contains CR or LF',
    'A persistent header value holds a carriage return or line feed.',
    'Remove line breaks from the header values.',
  ),
  e(
    'invalid-argument-format-persistent-header-invalid',
    'InvalidArgument',
    'The format of persistent header is invalid, should be \\"name:Base64Encode(value),name:Base64Encode(value)...\\", or The header value specified by persistent header is not base64 encoded',
    'x-oss-persistent-headers is not a comma-separated list of name:Base64(value) pairs.',
    'Write it as name1:Base64(value1),name2:Base64(value2).',
  ),
  e(
    'invalid-argument-header-specified-by-persistent',
    'InvalidArgument',
    'The header specified by persistent header is reserved',
    'A persistent header reuses a standard HTTP header name such as Host, Origin or Range.',
    'Pick custom header names that are not standard HTTP headers.',
  ),
  e(
    'invalid-argument-header-specified-by-persistent-header',
    'InvalidArgument',
    'The header specified by persistent header is not valid HTTP token',
    'A persistent header name holds characters not allowed in an HTTP header name.',
    'Use only token characters (letters, digits, - and the like) in the names.',
  ),
];
