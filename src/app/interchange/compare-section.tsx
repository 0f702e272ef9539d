import { useState } from 'react';
import {
  diffPolicies,
  importPolicy,
  type PolicyDocument,
  type PostForm,
  type Result,
} from '../../oss/index.ts';
import { PolicyCompare } from '../../ui/interchange/policy-compare.tsx';
import { PolicyDiffView } from '../../ui/interchange/policy-diff-view.tsx';
import { Section } from '../../ui/section.tsx';

/** A pasted policy (Base64 or JSON), or the builder's own when the text is empty. */
export function readPolicySide(
  text: string,
  builder: PolicyDocument | null,
): Result<PolicyDocument> {
  if (text.trim() === '') {
    return builder
      ? { ok: true, value: builder }
      : {
          ok: false,
          issues: [{ id: 'compare.no-form', message: 'The builder has no signed policy yet.' }],
        };
  }
  const imported = importPolicy(text);
  if (!imported.ok) return imported;
  if (!imported.value.policy) {
    return {
      ok: false,
      issues: imported.value.problems.length
        ? imported.value.problems
        : [{ id: 'compare.unreadable', message: 'This is not a policy.' }],
    };
  }
  return { ok: true, value: imported.value.policy };
}

const why = (side: Result<PolicyDocument>) =>
  side.ok ? null : side.issues.map((issue) => issue.message).join(' ');

/** Diff of two policies: conditions added, removed, changed, and the expiration. */
export function CompareSection({ signed }: { signed: PostForm | null }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const a = readPolicySide(first, signed?.policy ?? null);
  const b = readPolicySide(second, signed?.policy ?? null);
  const name = (text: string, fallback: string) =>
    text.trim() ? fallback : "the builder's policy";
  return (
    <Section
      id="compare"
      title="Compare two policies"
      lead="Conditions are compared as OSS reads them: order does not matter, {bucket: …} equals eq $bucket."
    >
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
            before={name(first, 'First policy')}
            after={name(second, 'second policy')}
            diff={diffPolicies(a.value, b.value)}
          />
        ) : null}
      </PolicyCompare>
    </Section>
  );
}
