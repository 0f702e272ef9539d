import { useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import { diffPolicies, lintImportedForm, type ImportedForm } from '../../oss/index.ts';
import { ChecksList } from '../../ui/checks-list.tsx';
import { ImportResult } from '../../ui/interchange/import-result.tsx';
import { PolicyDiffView } from '../../ui/interchange/policy-diff-view.tsx';
import { useTexts } from '../../ui/i18n/texts.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { V1Upgrade } from '../readiness/v1-upgrade.tsx';
import type { SendPart } from '../result/form-order.ts';
import { useResult } from '../result/result-context.tsx';
import { useUpload } from '../upload/upload-context.tsx';
import { HOSTILE_INPUT_TEXTS } from './hostile-input-texts-en.ts';
import { capShownImport } from './import-cap.ts';
import { describeImportChanges } from './import-changes.ts';
import type { ImportChange, ImportedValues } from './imported-to-values.ts';
import { IMPORT_BOX_SHOWN_CHARS } from './input-limits.ts';
import { PAGE_ROW_CAP } from './row-cap.ts';
import type { ImportAttempt } from './signing-server.ts';
import { APP_INTERCHANGE_TEXTS } from './changes-texts-en.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';

/** The imported fields in send order, the file where the source put it (else last). */
export function importedParts(imported: ImportedForm): SendPart[] {
  const parts: SendPart[] = imported.fields.map((f) => ({ name: f.name, value: f.value }));
  const at = imported.files[0]?.index ?? parts.length;
  parts.splice(Math.min(at, parts.length), 0, { name: 'file', file: true });
  return parts;
}

export interface ImportOutcomeProps {
  attempt: ImportAttempt | null;
  /** What the builder kept or left out of the import (importedToValues' notes). */
  notes: string[];
  /** The values the import changed. */
  changes: ImportChange[];
  /** An import that would switch V4 to V1, waiting for the user's choice. */
  pending: ImportedValues | null;
  onApply: (mapped: ImportedValues, keepV4: boolean) => void;
}

/**
 * What the last import did, below the Import inputs: the V4-or-V1 question, the inputs it
 * changed, the V1 upgrade note, what was read with its lint, the policy diff against the
 * builder's, and "send as imported". Loaded with the importer (importer.ts).
 */
export function ImportOutcome({ attempt, notes, changes, pending, onApply }: ImportOutcomeProps) {
  const form = useFormContext<BuilderValues>();
  const signed = useResult().signed.form;
  const { file, session: upload } = useUpload();
  const texts = useTexts(APP_INTERCHANGE_TEXTS);
  const tools = useTexts(INTERCHANGE_TOOLS_TEXTS);
  const hostile = useTexts(HOSTILE_INPUT_TEXTS);
  const coreTexts = useCoreTexts();
  // Said in the reader's language of the moment: a language switch says them again.
  const changed = useMemo(() => describeImportChanges(changes, texts), [changes, texts]);
  const read = attempt?.result.ok ? attempt.result.value : null;
  // Shown: at most PAGE_ROW_CAP rows, each text cut (import-cap.ts); linted once per import.
  const { imported, view, lint } = useMemo(() => {
    const whole = read && { ...read, problems: coreTexts.messages(read.problems) };
    return {
      imported: whole,
      view: whole && capShownImport(whole),
      lint: whole && lintImportedForm(whole).slice(0, PAGE_ROW_CAP),
    };
  }, [read, coreTexts]);
  const url = imported?.url ?? signed?.url;
  const cannotSend = !file ? tools.chooseFile : !url ? tools.noUrl : null;

  return (
    <>
      {pending ? (
        <div className="import-confirm" role="group" aria-label={texts.confirmV1Label}>
          <p>{texts.confirmV1}</p>
          <button type="button" onClick={() => onApply(pending, false)}>
            {texts.switchToV1}
          </button>{' '}
          <button type="button" onClick={() => onApply(pending, true)}>
            {texts.keepV4}
          </button>
        </div>
      ) : null}
      {changed.length > 0 ? (
        <div className="import-changes">
          <p>{texts.changed}</p>
          <ul>
            {changed.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : attempt?.result.ok && !pending ? (
        <p className="import-changes">{texts.unchanged}</p>
      ) : null}
      {imported?.version === 'v1' && !pending ? (
        <V1Upgrade
          onUseV4={() =>
            form.setValue('credentials.signatureVersion', 'v4', { shouldValidate: true })
          }
        />
      ) : null}
      {attempt ? (
        <ImportResult
          origin={attempt.origin}
          imported={view?.shown ?? null}
          issues={attempt.result.ok ? [] : coreTexts.messages(attempt.result.issues)}
          notes={[
            ...(attempt.origin === 'paste' && attempt.text.length > IMPORT_BOX_SHOWN_CHARS
              ? [
                  hostile.pastedDirectly({
                    length: attempt.text.length,
                    max: IMPORT_BOX_SHOWN_CHARS,
                  }),
                ]
              : []),
            ...notes,
            ...(view?.notes ?? []),
          ]}
          lint={
            imported ? (
              <ChecksList
                checks={coreTexts.messages(lint ?? [])}
                onShowField={() => undefined}
                canShowField={() => false}
              />
            ) : null
          }
          diff={
            view?.shown.policy && signed ? (
              <PolicyDiffView
                before={tools.importedPolicy}
                after={tools.buildersPolicy}
                diff={diffPolicies(view.shown.policy, signed.policy)}
              />
            ) : null
          }
          cannotSend={cannotSend}
          onSendAsImported={() => {
            if (!imported || !file || !url) return;
            upload.sendAsIs(url, importedParts(imported));
          }}
        />
      ) : null}
    </>
  );
}
