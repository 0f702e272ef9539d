import { useSyncExternalStore } from 'react';
import type { ReadableAtom } from 'nanostores';

/** A nanostores atom's value in a component, re-rendering when it changes. */
export function useStore<Value>(store: ReadableAtom<Value>): Value {
  return useSyncExternalStore(
    (onChange) => store.listen(onChange),
    () => store.get(),
  );
}
