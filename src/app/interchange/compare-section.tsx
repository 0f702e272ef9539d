import { useDeferredValue, useMemo, useState } from 'react';
import { diffPolicies, importPolicy, type PolicyDocument, type Result } from '../../oss/index.ts';
import { PolicyCompare } from '../../ui/interchange/policy-compare.tsx';
import { PolicyDiffView } from '../../ui/interchange/policy-diff-view.tsx';
import { Section } from '../../ui/section.tsx';
import { capShownDiff } from './diff-cap.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { useResult } from '../result/result-context.tsx';
import { useTexts } from '../../ui/i18n/texts.ts';

type Texts = typeof INTERCHANGE_TOOLS_TEXTS;

/** A pasted policy (Base64 or JSON), or the builder's own when the text is empty. */
export function readPolicySide(
  text: string,
  builder: PolicyDocument | null,
  texts: Texts,
): Result<PolicyDocument> {
  if (text.trim() === '') {
    return builder
      ? { ok: true, value: builder }
      : {
          ok: false,
          issues: [{ id: 'compare.no-form', message: texts.noSignedPolicy }],
        };
  }
  const imported = importPolicy(text);
  if (!imported.ok) return imported;
  if (!imported.value.policy) {
    return {
      ok: false,
      issues: imported.value.problems.length
        ? imported.value.problems
        : [{ id: 'compare.unreadable', message: texts.notPolicy }],
    };
  }
  return { ok: true, value: imported.value.policy };
}

const why = (side: Result<PolicyDocument>) =>
  side.ok ? null : side.issues.map((issue) => issue.message).join(' ');

/** Diff of two policies: conditions added, removed, changed, and the expiration. */
export function CompareSection() {
  const signed = useResult().signed.form;
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const texts = useTexts(INTERCHANGE_TOOLS_TEXTS);
  // Read and compared off the keystroke (useDeferredValue), once per change of a side or of the
  // builder's policy; at most PAGE_ROW_CAP lines are shown (diff-cap.ts).
  const [firstText, secondText] = [useDeferredValue(first), useDeferredValue(second)];
  // The builder's policy stands in for an empty side only: a keystroke in the builder re-reads
  // neither pasted policy.
  const builder = signed?.policy ?? null;
  const builderA = firstText.trim() === '' ? builder : null;
  const builderB = secondText.trim() === '' ? builder : null;
  const a = useMemo(() => readPolicySide(firstText, builderA, texts), [firstText, builderA, texts]);
  const b = useMemo(
    () => readPolicySide(secondText, builderB, texts),
    [secondText, builderB, texts],
  );
  const shown = useMemo(
    () => (a.ok && b.ok ? capShownDiff(diffPolicies(a.value, b.value)) : null),
    [a, b],
  );
  const name = (text: string, fallback: string) => (text.trim() ? fallback : texts.buildersPolicy);
  return (
    <Section id="compare" title={texts.compareTitle} lead={texts.compareLead}>
      <PolicyCompare
        first={first}
        second={second}
        onFirst={setFirst}
        onSecond={setSecond}
        firstError={first.trim() ? why(a) : null}
        secondError={second.trim() ? why(b) : null}
      >
        {shown && (firstText.trim() || secondText.trim()) ? (
          <>
            <PolicyDiffView
              before={name(firstText, texts.firstPolicy)}
              after={name(secondText, texts.secondPolicy)}
              diff={shown.diff}
            />
            {shown.note ? <p className="hint">{shown.note}</p> : null}
          </>
        ) : null}
      </PolicyCompare>
    </Section>
  );
}
