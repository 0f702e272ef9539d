import { startTransition, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { decodeShareState, type Problem } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { focusField } from '../focus/field-focus.tsx';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { keptOnSandbox } from '../form/kept-work.ts';
import { applyValues } from './apply-values.ts';
import { fromShareState } from './share-values.ts';
import { isShareFragment } from './share-fragment.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

/** What opening the page with a share fragment does. */
export type ShareRestore =
  | { kind: 'none' }
  | { kind: 'restored'; values: BuilderValues; problems: Problem[] }
  | { kind: 'failed'; problems: Problem[] };

/** Reads a share fragment against the current values (pure: no page changes). */
export function readShareRestore(
  hash: string,
  current: BuilderValues,
  texts: typeof INTERCHANGE_TOOLS_TEXTS,
): ShareRestore {
  if (!isShareFragment(hash)) return { kind: 'none' };
  const decoded = decodeShareState(hash);
  if (!decoded.ok) return { kind: 'failed', problems: decoded.issues };
  return { kind: 'restored', ...fromShareState(decoded.value, current, texts) };
}

/**
 * Once, on load: a share fragment in the address restores the builder (all but the secret and
 * the token), then focuses the AccessKey secret so the user enters it.
 */
export function useShareRestore(form: UseFormReturn<BuilderValues>): ShareRestore {
  const [restore] = useState(() =>
    readShareRestore(window.location.hash, form.getValues(), textsNow(INTERCHANGE_TOOLS_TEXTS)),
  );
  // No sandbox prefill races this: a page opened from a share link counts as started
  // (builder-page.tsx), so a late /__sandbox/info answer never refills the form. The link waits
  // for that answer only to aim a sandbox link at this sandbox.
  const { isPending: sandboxPending, data: sandbox } = useSandboxInfo();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || restore.kind !== 'restored' || sandboxPending) return;
    done.current = true;
    // A link aimed at a sandbox opens on this one, with its public demo secret when signed with
    // its demo AccessKey ID: nothing to type then.
    const values = sandbox ? keptOnSandbox(restore.values, sandbox) : restore.values;
    // Rendered as a transition: React yields to the page between the restored rows.
    startTransition(() => applyValues(form, values));
    if (values.credentials.accessKeySecret === '') focusField(INPUT_IDS.accessKeySecret);
  }, [form, restore, sandboxPending, sandbox]);
  return restore;
}
