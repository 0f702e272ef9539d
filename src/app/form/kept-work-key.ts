/** Where the form is kept across reloads (this browser only; never the secret or the token). */
export const KEPT_WORK_KEY = 'oss-postobject-builder.form';

/**
 * True when this browser keeps a form from an earlier visit (readable or not): the page then
 * starts from it (use-kept-work.ts), not from the defaults. Blocked storage keeps nothing.
 *
 * @example hasKeptWork(localStorage) // false on a first visit
 */
export function hasKeptWork(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(KEPT_WORK_KEY) != null;
  } catch {
    return false;
  }
}
