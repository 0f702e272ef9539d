import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { useFormContext } from 'react-hook-form';
import { FlaggedInputsContext } from '../../ui/field-findings.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { conditionInputId, inputIdForField } from '../form/field-ids.ts';
import { FOCUS_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

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
  /** Focuses the input of this id (e.g. the endpoint, once the target became a custom domain). */
  focusInput: (id: string) => void;
  /** The input asked to be shown last (`n` counts the requests): a `<details>` around it opens. */
  request: FocusRequest | null;
}

/** A request to show an input: its id, and the request's number (the same input may be asked twice). */
export interface FocusRequest {
  id: string;
  n: number;
}

const NONE: FieldFocus = {
  flagged: new Set(),
  show: () => {},
  canShow: () => false,
  showProblem: () => {},
  focusInput: () => {},
  request: null,
};

const FieldFocusContext = createContext<FieldFocus>(NONE);

/** The page's field focus (flagged inputs, show, can-show), for any panel below the provider. */
export function useFieldFocus(): FieldFocus {
  return useContext(FieldFocusContext);
}

/**
 * Focuses an input and outlines its field or condition row: the one place the page moves the focus
 * to another part's input. A `<details>` around the input has opened already, from the request
 * (`useDetailsOpen`), in the render before this runs.
 */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
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
  const texts = useTexts(FOCUS_TEXTS);
  const [origin, setOrigin] = useState<HTMLElement | null>(null);
  // The input to show, and where the jump started (a link in the Result pane, to go back to).
  const [request, setRequest] = useState<FocusRequest | null>(null);

  const jump = useCallback((id: string | null) => {
    // An input not on the page (a part still loading) is not jumped to.
    if (id === null || !document.getElementById(id)) return;
    const from = document.activeElement;
    const inResult = from instanceof HTMLElement && !!from.closest('#result');
    setRequest((last) => ({ id, n: (last?.n ?? 0) + 1 }));
    setOrigin(inResult ? from : null);
  }, []);
  // After the render that opened what hides the input (useDetailsOpen): focus it.
  useEffect(() => {
    if (request) focusField(request.id);
  }, [request]);
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
      focusInput: jump,
      request,
    }),
    [flaggedKey, show, canShow, showProblem, jump, request],
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
      <FlaggedInputsContext.Provider value={focus.flagged}>
        {children}
      </FlaggedInputsContext.Provider>
      {origin ? (
        <button type="button" className="back-to-error" onClick={goBack}>
          {texts.backToError}
        </button>
      ) : null}
    </FieldFocusContext.Provider>
  );
}

/**
 * The open state of a `<details>` holding the inputs `ids`: it opens when one of them is asked to
 * be shown (a finding's link, "Go to the problem") and when `openWhen` turns true (e.g. the form
 * carries a callback); the user opens and closes it as usual. State adjusted during render (React's
 * pattern for state that follows a prop), so the input is visible before `focusField` runs.
 */
export function useDetailsOpen(ids: readonly string[], openWhen = false) {
  const { request } = useFieldFocus();
  const asked = request && ids.includes(request.id) ? request.n : null;
  const [open, setOpen] = useState(openWhen);
  const [seen, setSeen] = useState({ openWhen, asked });
  if (seen.openWhen !== openWhen || seen.asked !== asked) {
    setSeen({ openWhen, asked });
    if ((openWhen && !seen.openWhen) || (asked !== null && asked !== seen.asked)) setOpen(true);
  }
  return {
    open,
    onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open),
  };
}
