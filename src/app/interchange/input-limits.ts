// How much text the page takes in one input or one value, and how much the import box shows.
// Why these numbers: value-cap.ts (the builder's values) and input-guard.tsx (typed and pasted text).

/**
 * Characters one value (an input's text, a value of a link or an import) may hold in the page.
 * @example PAGE_VALUE_MAX_CHARS // 16384
 */
export const PAGE_VALUE_MAX_CHARS = 16_384;

/**
 * Characters all condition and field rows from a link or an import may hold together: far more
 * than any real form (a policy of 20 conditions is a few KB), far less than 200 rows of
 * PAGE_VALUE_MAX_CHARS each, which the page would sign again on every keystroke.
 * @example PAGE_ROWS_MAX_CHARS // 131072
 */
export const PAGE_ROWS_MAX_CHARS = 128 * 1024;

/**
 * Characters the import box takes: a pasted curl command, HTML form, policy or signing-server
 * answer of up to 5 MB is read (the import shows at most PAGE_ROW_CAP rows of it).
 * @example IMPORT_TEXT_MAX_CHARS // 5242880
 */
export const IMPORT_TEXT_MAX_CHARS = 5 * 1024 * 1024;

/**
 * Characters the import box shows: a longer paste is imported at once instead of being put into
 * the box (laying out 5 MB in a textarea takes seconds).
 * @example IMPORT_BOX_SHOWN_CHARS // 65536
 */
export const IMPORT_BOX_SHOWN_CHARS = 64 * 1024;

/**
 * Characters a policy editor (the builder's policy JSON, the two compared policies) takes: far
 * more than PAGE_ROW_CAP conditions of ordinary length.
 * @example POLICY_TEXT_MAX_CHARS // 262144
 */
export const POLICY_TEXT_MAX_CHARS = 256 * 1024;

/**
 * Rows of one kind the page takes from a link or an import.
 * @example PAGE_ROW_CAP // 200
 */
export const PAGE_ROW_CAP = 200;
