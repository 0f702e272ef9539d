import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useStore } from '../../ui/i18n/use-store.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { conditionInputId, inputIdForField } from '../form/field-ids.ts';
import { focusMessages } from './messages.ts';

/** Which inputs an error points at, and how a finding's link reaches its input. */
export interface FieldFocus {
  /** Ids of the inputs the current OSS error (or else the dry run's refusal) points at. */
  flagged: ReadonlySet<string>;
  /** Focuses and outlines the input of a form-field name (`key`, `content-length-range`…). */
  show: (field: string) => void;
  /** Whether an input shows that form field (so a link to it can be offered). */
  canShow: (field: string) => boolean;
  /** Focuses the field's input when it has one, else the condition row named. */
  showProblem: (field: string | undefined, row: number | undefined) => void;
}

const NONE: FieldFocus = {
  flagged: new Set(),
  show: () => {},
  canShow: () => false,
  showProblem: () => {},
};

const FieldFocusContext = createContext<FieldFocus>(NONE);

/** The page's field focus (flagged inputs, show, can-show), for any panel below the provider. */
export function useFieldFocus(): FieldFocus {
  return useContext(FieldFocusContext);
}

/** Focuses an input, opens what hides it, and outlines its field or condition row. */
function showInput(id: string | null): boolean {
  const element = id ? document.getElementById(id) : null;
  if (!element) return false;
  element.closest('details')?.setAttribute('open', '');
  for (const earlier of document.querySelectorAll('.just-shown'))
    earlier.classList.remove('just-shown');
  const shown = element.closest('.field, .row');
  shown?.classList.add('just-shown');
  // The outline marks where to act: it goes with the first edit there.
  shown?.addEventListener('input', () => shown.classList.remove('just-shown'), { once: true });
  element.scrollIntoView({ block: 'center' });
  element.focus();
  return true;
}

/**
 * Provides the field focus below it and, after a jump from an explained error or a finding in the
 * Result pane, a "Back to the error" link that returns to where the jump started.
 */
export function FieldFocusProvider({
  flaggedFields,
  children,
}: {
  /** Form-field names the current error points at. */
  flaggedFields: readonly string[];
  children: ReactNode;
}) {
  const form = useFormContext<BuilderValues>();
  const texts = useStore(focusMessages);
  const [origin, setOrigin] = useState<HTMLElement | null>(null);

  const jump = useCallback((id: string | null) => {
    const from = document.activeElement;
    const inResult = from instanceof HTMLElement && !!from.closest('#result');
    if (showInput(id)) setOrigin(inResult ? from : null);
  }, []);
  const show = useCallback(
    (field: string) => jump(inputIdForField(field, form.getValues())),
    [form, jump],
  );
  const canShow = useCallback(
    (field: string) => inputIdForField(field, form.getValues()) !== null,
    [form],
  );
  // The field's own input first (a key outside a prefix is fixed at the key), else the row.
  const showProblem = useCallback(
    (field: string | undefined, row: number | undefined) =>
      jump(
        (field ? inputIdForField(field, form.getValues()) : null) ??
          (row !== undefined ? conditionInputId(row) : null),
      ),
    [form, jump],
  );
  const values = form.getValues();
  const flaggedKey = flaggedFields
    .map((field) => inputIdForField(field, values))
    .filter((id): id is string => id !== null)
    .join('\n');
  const focus = useMemo(
    () => ({
      flagged: new Set(flaggedKey ? flaggedKey.split('\n') : []),
      show,
      canShow,
      showProblem,
    }),
    [flaggedKey, show, canShow, showProblem],
  );

  const goBack = () => {
    if (!origin?.isConnected) {
      setOrigin(null);
      return;
    }
    origin.scrollIntoView({ block: 'center' });
    origin.focus();
    setOrigin(null);
  };

  return (
    <FieldFocusContext.Provider value={focus}>
      {children}
      {origin ? (
        <button type="button" className="back-to-error" onClick={goBack}>
          {texts.backToError}
        </button>
      ) : null}
    </FieldFocusContext.Provider>
  );
}
