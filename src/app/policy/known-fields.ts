import { AUTH_FIELD_NAMES, FIELD_SEND_ORDER } from '../../oss/index.ts';

/** Send-order entries a user never types: the auth fields, the callback (its own editor), "other". */
const NOT_OFFERED: ReadonlySet<string> = new Set([...AUTH_FIELD_NAMES, 'callback', '*']);

/**
 * Form fields OSS knows for PostObject (docs/oss-rules.md, "Form fields"), offered in field pickers: the core's send order
 * without the fields the builder writes; the `x-oss-meta-*` and `x:*` patterns as the prefix to type.
 */
export const KNOWN_FIELDS: readonly string[] = FIELD_SEND_ORDER.filter(
  (name) => !NOT_OFFERED.has(name),
).map((name) => (name.endsWith('*') ? name.slice(0, -1) : name));
