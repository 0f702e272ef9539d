import { startTransition, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { diffPolicies, lintImportedForm, type ImportedForm } from '../../oss/index.ts';
import { ChecksList } from '../../ui/checks-list.tsx';
import { ImportPanel } from '../../ui/interchange/import-panel.tsx';
import { ImportResult } from '../../ui/interchange/import-result.tsx';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { PolicyDiffView } from '../../ui/interchange/policy-diff-view.tsx';
import { Section } from '../../ui/section.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import type { SendPart } from '../result/form-order.ts';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { useResult } from '../result/result-context.tsx';
import { useUpload } from '../upload/upload-context.tsx';
import { applyValues } from './apply-values.ts';
import { describeImportChanges, switchesToV1 } from './import-changes.ts';
import { V1Upgrade } from '../readiness/v1-upgrade.tsx';
import { APP_INTERCHANGE_TEXTS, INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { capShownImport } from './import-cap.ts';
import { HOSTILE_INPUT_TEXTS } from './hostile-input-texts-en.ts';
import { IMPORT_BOX_SHOWN_CHARS } from './input-limits.ts';
import { PAGE_ROW_CAP } from './row-cap.ts';
import { importedToValues, type ImportedValues } from './imported-to-values.ts';
import { useSigningServerImport, type ImportAttempt } from './signing-server.ts';
import { importOffThread } from './import-off-thread.ts';
import { useTexts, textsNow } from '../../ui/i18n/texts.ts';

/** The imported fields in send order, the file where the source put it (else last). */
export function importedParts(imported: ImportedForm): SendPart[] {
  const parts: SendPart[] = imported.fields.map((f) => ({ name: f.name, value: f.value }));
  const at = imported.files[0]?.index ?? parts.length;
  parts.splice(Math.min(at, parts.length), 0, { name: 'file', file: true });
  return parts;
}

/** Import into the builder (pasted or from a signing server), its lint, the policy diff. */
export function ImportSection() {
  const form = useFormContext<BuilderValues>();
  const signed = useResult().signed.form;
  const { file, session: upload } = useUpload();
  const sandbox = useSandboxInfo().data ?? null;
  const [attempt, setAttempt] = useState<ImportAttempt | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [changes, setChanges] = useState<string[]>([]);
  // An import that would switch V4 to V1 waits here until the user says which to keep.
  const [pending, setPending] = useState<ImportedValues | null>(null);
  const fetcher = useSigningServerImport();
  const texts = useTexts(APP_INTERCHANGE_TEXTS);
  const tools = useTexts(INTERCHANGE_TOOLS_TEXTS);
  const hostile = useTexts(HOSTILE_INPUT_TEXTS);

  const apply = (mapped: ImportedValues, keepV4 = false) => {
    const changes = keepV4
      ? mapped.changes.filter((change) => change.field !== 'credentials.signatureVersion')
      : mapped.changes;
    setChanges(describeImportChanges(changes, textsNow(APP_INTERCHANGE_TEXTS)));
    applyValues(
      form,
      keepV4
        ? {
            ...mapped.values,
            credentials: { ...mapped.values.credentials, signatureVersion: 'v4' },
          }
        : mapped.values,
    );
    setPending(null);
  };

  const take = (next: ImportAttempt) => {
    setAttempt(next);
    setChanges([]);
    setPending(null);
    if (!next.result.ok) {
      setNotes([]);
      return;
    }
    const mapped = importedToValues(
      next.result.value,
      form.getValues(),
      sandbox,
      textsNow(INTERCHANGE_TOOLS_TEXTS),
    );
    setNotes(mapped.notes);
    if (switchesToV1(mapped.versionChange)) setPending(mapped);
    else apply(mapped);
  };

  // What an import fills in renders as a transition: React yields to the page between rows.
  const takeSoon = (next: ImportAttempt) => startTransition(() => take(next));
  // Long text is read in a worker (import-off-thread.ts); the panel says it is being read.
  const [reading, setReading] = useState<number | null>(null);
  const importText = (text: string) => {
    setReading(text.length);
    void importOffThread('paste', text).then((result) => {
      setReading(null);
      takeSoon({ origin: 'paste', text, result });
    });
  };

  const coreTexts = useCoreTexts();
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
    <Section id="import" title={tools.importTitle} lead={tools.importLead}>
      <ImportPanel
        onImportText={importText}
        onFetch={(address) => fetcher.mutate(address, { onSuccess: takeSoon })}
        longPaste={{
          chars: IMPORT_BOX_SHOWN_CHARS,
          onPaste: importText,
        }}
        fetching={fetcher.isPending}
      >
        {reading !== null && reading > IMPORT_BOX_SHOWN_CHARS ? (
          <p role="status">{hostile.reading({ length: reading })}</p>
        ) : null}
        {pending ? (
          <div className="import-confirm" role="group" aria-label={texts.confirmV1Label}>
            <p>{texts.confirmV1}</p>
            <button type="button" onClick={() => apply(pending)}>
              {texts.switchToV1}
            </button>{' '}
            <button type="button" onClick={() => apply(pending, true)}>
              {texts.keepV4}
            </button>
          </div>
        ) : null}
        {changes.length > 0 ? (
          <div className="import-changes">
            <p>{texts.changed}</p>
            <ul>
              {changes.map((line) => (
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
      </ImportPanel>
    </Section>
  );
}
