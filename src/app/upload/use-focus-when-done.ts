import { useEffect, useRef } from 'react';

/**
 * When a request ends (`pending` goes from true to false), moves the focus to the returned ref's
 * element — the answer — if the focus was lost on the way (the Upload button is disabled while it
 * sends, which drops the focus to `<body>`) or is still in the same section. Focus elsewhere is
 * left alone: the user went on with something else.
 */
export function useFocusWhenDone<Element extends HTMLElement>(pending: boolean) {
  const ref = useRef<Element>(null);
  const wasPending = useRef(false);
  useEffect(() => {
    const ended = wasPending.current && !pending;
    wasPending.current = pending;
    const target = ref.current;
    if (!ended || !target) return;
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    if (lost || target.closest('section')?.contains(active)) target.focus();
  }, [pending]);
  return ref;
}
