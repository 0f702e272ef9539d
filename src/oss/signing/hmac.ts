// HMAC through Web Crypto (`globalThis.crypto.subtle`), the same API in browsers and Node ≥ 20.
// https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend

/** UTF-8 bytes of a string (TextEncoder). @example utf8('用') // Uint8Array [231, 148, 168] */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/**
 * HMAC of `message` under `key` with the given hash. The key must not be empty (Web Crypto
 * refuses zero-length HMAC keys; callers check first).
 *
 * @example
 * toHex(await hmac('SHA-256', utf8('key'), utf8('msg'))).slice(0, 8) // '2d93cbc1'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export async function hmac(
  hash: 'SHA-1' | 'SHA-256',
  key: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    key,
    { name: 'HMAC', hash },
    false,
    ['sign'],
  );
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, message));
}

/**
 * Lower-case hex of bytes.
 *
 * @example
 * toHex(new Uint8Array([0, 171, 255])) // '00abff'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
