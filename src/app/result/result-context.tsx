import { createContext, useContext, type ReactNode } from 'react';
import { FieldFindingsContext } from '../../ui/field-findings.tsx';
import { FieldFocusProvider } from '../focus/field-focus.tsx';
import { useDerivedResult, type ResultState } from './derive-result.ts';

const ResultContext = createContext<ResultState | null>(null);

/**
 * Derives the Result pane's state once (derive-result.ts) and shares it: with the findings at each
 * input and the field focus (which inputs to outline) for the Build pane.
 */
export function ResultProvider({ children }: { children: ReactNode }) {
  const result = useDerivedResult();
  return (
    <ResultContext.Provider value={result}>
      <FieldFindingsContext.Provider value={result.findings}>
        <FieldFocusProvider flaggedFields={result.flaggedFields}>{children}</FieldFocusProvider>
      </FieldFindingsContext.Provider>
    </ResultContext.Provider>
  );
}

/** The Result pane's state (inside ResultProvider): the signed form, verdict, fixes, findings. */
export function useResult(): ResultState {
  const result = useContext(ResultContext);
  if (!result) throw new Error('ResultProvider missing');
  return result;
}
