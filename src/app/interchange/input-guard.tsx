import { useEffect, useRef, useState } from 'react';
import '../../ui/input-guard.css';
import { HOSTILE_INPUT_TEXTS } from './hostile-input-texts-en.ts';
import {
  IMPORT_TEXT_MAX_CHARS,
  PAGE_VALUE_MAX_CHARS,
  POLICY_TEXT_MAX_CHARS,
} from './input-limits.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

const LIMITS: Record<string, number> = {
  'import-text': IMPORT_TEXT_MAX_CHARS,
  'policy-json': POLICY_TEXT_MAX_CHARS,
  'compare-first': POLICY_TEXT_MAX_CHARS,
  'compare-second': POLICY_TEXT_MAX_CHARS,
};

type Editable = HTMLInputElement | HTMLTextAreaElement;

function editable(target: EventTarget | null): Editable | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && !['file', 'checkbox', 'radio'].includes(target.type)) {
    return target;
  }
  return null;
}

/** The characters one input of the page takes (PAGE_VALUE_MAX_CHARS unless it reads a document). */
export function inputLimit(element: { id: string }): number {
  return LIMITS[element.id] ?? PAGE_VALUE_MAX_CHARS;
}

function labelOf(element: Editable): string {
  const label = element.labels?.[0]?.textContent?.trim();
  return label || element.getAttribute('aria-label') || element.name || element.id;
}

/** Characters selected (replaced by what is inserted); 0 where the input has no selection API. */
function selected(element: Editable): number {
  try {
    return Math.max(0, (element.selectionEnd ?? 0) - (element.selectionStart ?? 0));
  } catch {
    return 0;
  }
}

interface Refusal {
  field: string;
  length: number;
  max: number;
}

/**
 * Refuses, before the page reads it, text that would make an input longer than it takes: the
 * insertion is cancelled (or, when the browser does not let it be cancelled, the input gets back
 * what it held) and an alert names the input, the length and the limit. Nothing else of the page
 * sees the text, so no signing, check or snippet runs on it.
 */
export function InputGuard() {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const before = useRef(new WeakMap<Editable, string>());
  const t = useTexts(HOSTILE_INPUT_TEXTS);

  useEffect(() => {
    const refuse = (element: Editable, length: number) =>
      setRefusal({ field: labelOf(element), length, max: inputLimit(element) });
    const onBeforeInput = (event: InputEvent) => {
      const element = editable(event.target);
      if (!element) return;
      before.current.set(element, element.value);
      if (!event.inputType.startsWith('insert')) return;
      const inserted = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
      const length = element.value.length - selected(element) + inserted.length;
      if (length <= inputLimit(element) || !event.cancelable) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      refuse(element, inserted.length);
    };
    const onInput = (event: Event) => {
      const element = editable(event.target);
      if (!element || element.value.length <= inputLimit(element)) return;
      // Not cancelled before (an input method's text): put back what the input held.
      const length = element.value.length;
      element.value = before.current.get(element) ?? '';
      event.stopImmediatePropagation();
      refuse(element, length);
    };
    window.addEventListener('beforeinput', onBeforeInput, true);
    window.addEventListener('input', onInput, true);
    return () => {
      window.removeEventListener('beforeinput', onBeforeInput, true);
      window.removeEventListener('input', onInput, true);
    };
  }, []);

  if (!refusal) return null;
  return (
    <div className="input-guard-alert" role="alert">
      <p>{t.typedRefused(refusal)}</p>
      <button type="button" onClick={() => setRefusal(null)}>
        {t.dismiss}
      </button>
    </div>
  );
}
