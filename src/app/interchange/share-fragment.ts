/**
 * True when the address carries builder state (`#1.…`, a share link), not an in-page anchor.
 * Kept apart from the restore (use-share-restore.ts) so the first view can ask without loading it.
 *
 * @example isShareFragment('#1.eyJ0Ijp7fX0') // true
 * @example isShareFragment('#result') // false
 */
export function isShareFragment(hash: string): boolean {
  return /^#?\d+\./.test(hash);
}
