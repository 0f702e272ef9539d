/** Form fields OSS knows for PostObject (spec §2.2), offered in field pickers. */
export const KNOWN_FIELDS = [
  'key',
  'success_action_status',
  'success_action_redirect',
  'Content-Type',
  'Cache-Control',
  'Content-Disposition',
  'Content-Encoding',
  'Expires',
  'x-oss-content-type',
  'x-oss-object-acl',
  'x-oss-storage-class',
  'x-oss-forbid-overwrite',
  'x-oss-server-side-encryption',
  'x-oss-server-side-encryption-key-id',
  'x-oss-meta-',
  'x:',
];
