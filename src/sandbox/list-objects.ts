// ListObjects (V1) and ListObjectsV2 (list-type=2) over the stored objects, as OSS's XML.
import type { StoredObject } from './object-store.ts';
import type { OssErrorBody } from './oss-error.ts';

const MAX_KEYS_LIMIT = 1000;

/**
 * Text for XML element content: `&`, `<`, `>` escaped, CR as `&#13;` (a parser would read a bare
 * CR as LF), and characters XML 1.0 cannot hold at all (NUL and other C0 controls, U+FFFE/U+FFFF,
 * lone surrogates) as U+FFFD, so every listing is well-formed XML. A key holding those is listed
 * exactly with `encoding-type=url`, as on OSS.
 */
function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(
      // eslint-disable-next-line no-control-regex -- characters XML cannot hold are exactly what is replaced
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    );
}

function el(name: string, value: string | number | boolean, indent = '  '): string {
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The ListBucketResult XML for `query`, or InvalidArgument for a bad max-keys. */
export function renderListObjects(
  bucket: string,
  objects: readonly StoredObject[],
  query: URLSearchParams,
): { ok: true; xml: string } | { ok: false; error: OssErrorBody } {
  const v2 = query.get('list-type') === '2';
  // encoding-type=url: keys, prefixes, markers and delimiters URL-encoded, as OSS does.
  const urlEncoded = query.get('encoding-type') === 'url';
  const name = (text: string) => (urlEncoded ? encodeURIComponent(text) : text);
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const maxKeysText = query.get('max-keys') ?? '100';
  const maxKeys = Number(maxKeysText);
  if (!/^\d+$/.test(maxKeysText) || maxKeys > MAX_KEYS_LIMIT) {
    return {
      ok: false,
      error: {
        status: 400,
        code: 'InvalidArgument',
        message: 'Argument max-keys must be an integer between 0 and 1000.',
        extra: { ArgumentName: 'max-keys', ArgumentValue: maxKeysText },
      },
    };
  }
  const token = query.get('continuation-token');
  const after = v2
    ? token !== null
      ? Buffer.from(token, 'base64url').toString('utf8')
      : (query.get('start-after') ?? '')
    : (query.get('marker') ?? '');
  const contents: StoredObject[] = [];
  const prefixes: string[] = [];
  let truncated = false;
  let last = '';
  for (const object of objects) {
    if (!object.key.startsWith(prefix) || (after !== '' && object.key <= after)) continue;
    let entry: string = object.key;
    if (delimiter) {
      const cut = object.key.indexOf(delimiter, prefix.length);
      if (cut >= 0) entry = object.key.slice(0, cut + delimiter.length);
    }
    if (entry !== object.key && prefixes.includes(entry)) continue;
    if (contents.length + prefixes.length >= maxKeys) {
      truncated = true;
      break;
    }
    if (entry !== object.key) {
      prefixes.push(entry);
      last = entry;
      // skip the rest of this common prefix
    } else {
      contents.push(object);
      last = object.key;
    }
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ListBucketResult>',
    el('Name', bucket),
  ];
  lines.push(el('Prefix', name(prefix)));
  if (urlEncoded) lines.push(el('EncodingType', 'url'));
  if (v2) {
    if (token !== null) lines.push(el('ContinuationToken', token));
    if (query.get('start-after') !== null)
      lines.push(el('StartAfter', query.get('start-after') ?? ''));
    lines.push(el('KeyCount', contents.length + prefixes.length));
  } else {
    lines.push(el('Marker', name(after)));
  }
  lines.push(el('MaxKeys', maxKeys));
  lines.push(el('Delimiter', name(delimiter)));
  lines.push(el('IsTruncated', truncated));
  if (truncated) {
    lines.push(
      v2
        ? el('NextContinuationToken', Buffer.from(last).toString('base64url'))
        : el('NextMarker', name(last)),
    );
  }
  for (const object of contents) {
    lines.push(
      '  <Contents>',
      el('Key', name(object.key), '    '),
      el('LastModified', object.lastModified, '    '),
      el('ETag', `"${object.etag}"`, '    '),
      el('Type', 'Normal', '    '),
      el('Size', object.size, '    '),
      el('StorageClass', object.storageClass ?? 'Standard', '    '),
      '  </Contents>',
    );
  }
  for (const p of prefixes)
    lines.push('  <CommonPrefixes>', el('Prefix', name(p), '    '), '  </CommonPrefixes>');
  lines.push('</ListBucketResult>', '');
  return { ok: true, xml: lines.join('\n') };
}
