// What a policy comparison SHOWS: at most PAGE_ROW_CAP conditions added, removed and changed, with
// a sentence saying how many there are. Two policies of 8,000 conditions each froze the tab for
// 3 s rendering every line (the comparison itself stays whole: its counts are all of it).
import type { PolicyDiff } from '../../oss/index.ts';
import { HOSTILE_INPUT_TEXTS } from './hostile-input-texts-en.ts';
import { PAGE_ROW_CAP } from './row-cap.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

type Texts = typeof HOSTILE_INPUT_TEXTS;

/**
 * The diff with each list cut to PAGE_ROW_CAP rows, and a note when one was.
 * @example capShownDiff({ ...diff, added: conditions(8_000) }).note // 'Showing the first 200 of 8000 rows; …'
 */
export function capShownDiff(
  diff: PolicyDiff,
  texts: Texts = textsNow(HOSTILE_INPUT_TEXTS),
): { diff: PolicyDiff; note: string | null } {
  const count = diff.added.length + diff.removed.length + diff.changed.length;
  if (count <= PAGE_ROW_CAP) return { diff, note: null };
  const added = diff.added.slice(0, PAGE_ROW_CAP);
  const removed = diff.removed.slice(0, PAGE_ROW_CAP - added.length);
  const changed = diff.changed.slice(0, PAGE_ROW_CAP - added.length - removed.length);
  return {
    diff: { ...diff, added, removed, changed },
    note: texts.rowsShown({ shown: PAGE_ROW_CAP, count }),
  };
}
