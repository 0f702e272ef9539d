import { describe, expect, it } from 'vitest';
import { KNOWN_FIELDS } from './known-fields.ts';

describe('KNOWN_FIELDS', () => {
  it('offers the documented optional fields and the key, in send order', () => {
    expect(KNOWN_FIELDS).toEqual([
      'key',
      'success_action_status',
      'success_action_redirect',
      'Content-Type',
      'Cache-Control',
      'Content-Disposition',
      'Content-Encoding',
      'Expires',
      'x-oss-content-type',
      'x-oss-meta-',
      'x-oss-object-acl',
      'x-oss-storage-class',
      'x-oss-forbid-overwrite',
      'x-oss-server-side-encryption',
      'x-oss-server-side-encryption-key-id',
      'x:',
    ]);
  });

  it.each(['policy', 'x-oss-signature', 'x-oss-security-token', 'callback', '*', 'x:*'])(
    'leaves out %s',
    (name) => {
      expect(KNOWN_FIELDS).not.toContain(name);
    },
  );
});
