import type { Check } from '../check-types.ts';
import { lintPolicyForm } from '../checks/lint-policy-form.ts';
import { POSTOBJECT_DOC_URL } from '../limits.ts';
import type { ImportedForm } from './imported-form.ts';
import { sayFrom } from '../texts.ts';
import { INTERCHANGE_TEXTS } from './texts-en.ts';

const say = sayFrom(INTERCHANGE_TEXTS);

/** The bucket a policy pins with `{"bucket": …}` or `["eq", "$bucket", …]`. */
function policyBucket(imported: ImportedForm): string | undefined {
  for (const c of imported.policy?.conditions ?? []) {
    if (Array.isArray(c)) {
      if (c[0] === 'eq' && String(c[1]).toLowerCase() === '$bucket') return String(c[2]);
    } else {
      const entry = Object.entries(c).find(([name]) => name.toLowerCase() === 'bucket');
      if (entry) return entry[1];
    }
  }
  return undefined;
}

/**
 * The core's policy ⇄ form lint over an imported form, plus what only an import can show: a file
 * part that is not last (OSS ignores the fields after it) and more than one file part. The bucket
 * defaults to the one the policy pins. Without a decoded policy, or with a bare policy pasted without a
 * form, only the file checks run.
 *
 * @example
 * const imported = importCurl(`curl -F file=@a.txt -F key=a.txt http://h/b`);
 * if (imported.ok) lintImportedForm(imported.value)[0].id // 'import.file-not-last'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function lintImportedForm(imported: ImportedForm, bucket?: string): Check[] {
  const checks: Check[] = [];
  const [first, ...more] = imported.files;
  if (first && first.index < imported.fields.length) {
    const after = imported.fields.slice(first.index).map((f) => f.name);
    checks.push({
      id: 'import.file-not-last',
      severity: 'error',
      ...say('lint-file-not-last', { after: after.join(', '), key: after.includes('key') ? 1 : 0 }),
      docUrl: POSTOBJECT_DOC_URL,
      fields: ['file', ...after],
    });
  }
  if (more.length > 0) {
    checks.push({
      id: 'import.several-files',
      severity: 'error',
      ...say('lint-several-files', { count: imported.files.length }),
      docUrl: POSTOBJECT_DOC_URL,
      fields: imported.files.map((f) => f.name),
    });
  }
  // A bare policy (pasted alone, without a form) has no form to hold it against.
  const barePolicy = imported.source === 'policy-base64' || imported.source === 'policy-json';
  if (imported.policy && !barePolicy) {
    checks.push(
      ...lintPolicyForm({
        policy: imported.policy,
        fields: imported.fields,
        bucket: bucket ?? policyBucket(imported) ?? '',
        version: imported.version,
      }),
    );
  }
  return checks;
}
