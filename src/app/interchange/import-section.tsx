import { useMutation } from '@tanstack/react-query';
import { startTransition, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { ImportPanel } from '../../ui/interchange/import-panel.tsx';
import { Section } from '../../ui/section.tsx';
import { useTexts, textsNow } from '../../ui/i18n/texts.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { reasonOf } from '../page-errors/page-error.ts';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { applyValues } from './apply-values.ts';
import { HOSTILE_INPUT_TEXTS } from './hostile-input-texts-en.ts';
import type { ImportChange, ImportedValues } from './imported-to-values.ts';
import { IMPORT_BOX_SHOWN_CHARS } from './input-limits.ts';
import type { ImportAttempt } from './signing-server.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';

/** The importer module (importer.ts), as the Import section receives it once it has loaded. */
type Importer = typeof import('./importer.ts');

// import(): the readers, the mapping onto the builder, the lint, the result view and the policy
// diff (importer.ts) load when the user imports, or as soon as an Import input takes the focus,
// in their own chunk: the first view shows only the inputs. A failed load is said in the section
// (its words are the section's, not page-errors/: those travel with the first script).
const loadImporter = (): Promise<Importer> => import('./importer.ts');

/**
 * Import into the builder (pasted or from a signing server), its lint, the policy diff. The
 * inputs are here from the first view, so nothing typed or pasted waits for the importer; what
 * is imported while it loads is read once it has.
 */
export function ImportSection() {
  const form = useFormContext<BuilderValues>();
  const sandbox = useSandboxInfo().data ?? null;
  const [importer, setImporter] = useState<Importer | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState<ImportAttempt | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [changes, setChanges] = useState<ImportChange[]>([]);
  // An import that would switch V4 to V1 waits here until the user says which to keep.
  const [pending, setPending] = useState<ImportedValues | null>(null);
  // Only the latest import is shown: an earlier one still loading or reading is dropped.
  const latest = useRef(0);
  const tools = useTexts(INTERCHANGE_TOOLS_TEXTS);
  const hostile = useTexts(HOSTILE_INPUT_TEXTS);

  const load = () =>
    loadImporter().then((loaded) => {
      setImporter(() => loaded);
      setLoadError(null);
      return loaded;
    });
  // Focus on an Import input: the importer starts loading before it is asked for.
  const warmUp = () => {
    if (!importer) load().catch(() => undefined);
  };

  const apply = (mapped: ImportedValues, keepV4 = false) => {
    setChanges(
      keepV4
        ? mapped.changes.filter((change) => change.field !== 'credentials.signatureVersion')
        : mapped.changes,
    );
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

  const take = (loaded: Importer, next: ImportAttempt) => {
    setAttempt(next);
    setChanges([]);
    setPending(null);
    if (!next.result.ok) {
      setNotes([]);
      return;
    }
    const mapped = loaded.importedToValues(
      next.result.value,
      form.getValues(),
      sandbox,
      textsNow(INTERCHANGE_TOOLS_TEXTS),
    );
    setNotes(mapped.notes);
    if (loaded.switchesToV1(mapped.versionChange)) setPending(mapped);
    else apply(mapped);
  };

  // What an import fills in renders as a transition: React yields to the page between rows.
  const takeSoon = (loaded: Importer, next: ImportAttempt) =>
    startTransition(() => take(loaded, next));

  const fetcher = useMutation({
    mutationFn: async (address: string) => {
      // The texts of the moment the fetch starts: an issue is said in the language it was asked in.
      const texts = textsNow(INTERCHANGE_TOOLS_TEXTS);
      const loaded = await load();
      return { loaded, attempt: await loaded.fetchSigningServerAnswer(address, texts) };
    },
  });
  const fetchAnswer = (address: string) => {
    const id = (latest.current += 1);
    setReading(null);
    fetcher.mutate(address, {
      onSuccess: ({ loaded, attempt: next }) => {
        if (id === latest.current) takeSoon(loaded, next);
      },
      onError: setLoadError,
    });
  };

  // Long text is read in a worker (import-off-thread.ts); the panel says it is being read, and
  // so it does while the importer loads.
  const [reading, setReading] = useState<number | null>(null);
  const importText = (text: string) => {
    const id = (latest.current += 1);
    setReading(text.length);
    load()
      .then(async (loaded) => {
        const result = await loaded.importOffThread('paste', text);
        if (id !== latest.current) return;
        setReading(null);
        takeSoon(loaded, { origin: 'paste', text, result });
      })
      .catch((error: unknown) => {
        if (id !== latest.current) return;
        setReading(null);
        setLoadError(error);
      });
  };

  const Outcome = importer?.ImportOutcome;
  return (
    <Section id="import" title={tools.importTitle} lead={tools.importLead}>
      <div onFocus={warmUp}>
        <ImportPanel
          onImportText={importText}
          onFetch={fetchAnswer}
          longPaste={{
            chars: IMPORT_BOX_SHOWN_CHARS,
            onPaste: importText,
          }}
          fetching={fetcher.isPending}
        >
          {reading !== null && (reading > IMPORT_BOX_SHOWN_CHARS || !importer) ? (
            <p role="status">{hostile.reading({ length: reading })}</p>
          ) : null}
          {loadError ? (
            <p className="field-error" role="alert">
              {tools.importerFailed({ reason: reasonOf(loadError) })}
            </p>
          ) : null}
          {Outcome ? (
            <Outcome
              attempt={attempt}
              notes={notes}
              changes={changes}
              pending={pending}
              onApply={apply}
            />
          ) : null}
        </ImportPanel>
      </div>
    </Section>
  );
}
