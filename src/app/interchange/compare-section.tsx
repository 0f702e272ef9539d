import { useState } from 'react';
import { diffPolicies, importPolicy, type PolicyDocument, type Result } from '../../oss/index.ts';
import { PolicyCompare } from '../../ui/interchange/policy-compare.tsx';
import { PolicyDiffView } from '../../ui/interchange/policy-diff-view.tsx';
import { Section } from '../../ui/section.tsx';
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
  const a = readPolicySide(first, signed?.policy ?? null, texts);
  const b = readPolicySide(second, signed?.policy ?? null, texts);
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
        {a.ok && b.ok && (first.trim() || second.trim()) ? (
          <PolicyDiffView
            before={name(first, texts.firstPolicy)}
            after={name(second, texts.secondPolicy)}
            diff={diffPolicies(a.value, b.value)}
          />
        ) : null}
      </PolicyCompare>
    </Section>
  );
}
