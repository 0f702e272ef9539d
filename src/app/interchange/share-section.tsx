import { useEffect, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { encodeShareState, type Problem } from '../../oss/index.ts';
import { ShareLinkBox } from '../../ui/interchange/share-link-box.tsx';
import { Section } from '../../ui/section.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { copyText } from './save-text.ts';
import { sayShareProblem, toShareState } from './share-values.ts';
import { $restoredFromLink } from './share-secret-note.tsx';
import { useShareRestore } from './use-share-restore.ts';
import { APP_INTERCHANGE_TEXTS } from './changes-texts-en.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

// The hint already names these two; the link always leaves them out.
const ALWAYS_LEFT_OUT = new Set(['credentials.accessKeySecret', 'credentials.securityToken']);

type Texts = typeof APP_INTERCHANGE_TEXTS;

function nameOfPath(path: string, texts: Texts): string {
  const last = path.split('.').at(-1) ?? path;
  const row = /^(\w+)\[(\d+)\]$/.exec(last);
  if (!row) return last;
  const n = Number(row[2]) + 1;
  if (row[1] === 'fields') return texts.fieldRow({ n });
  if (row[1] === 'conditions') return texts.conditionRow({ n });
  return `${row[1]} ${n}`;
}

/**
 * What else the link left out, named as the page shows it (the field name, not the state path).
 * @example namesLeftOut(['credentials.accessKeySecret', 'fields[2]'], textsNow(APP_INTERCHANGE_TEXTS)) // ['optional field 3']
 */
export function namesLeftOut(stripped: string[], texts: Texts): string[] {
  const names = stripped
    .filter((path) => !ALWAYS_LEFT_OUT.has(path))
    .map((path) => nameOfPath(path, texts));
  return [...new Set(names)];
}

/** The current state as a share link; opening one restores the builder and asks for the secret. */
export function ShareSection() {
  const form = useFormContext<BuilderValues>();
  const restore = useShareRestore(form);
  const { text: say } = useCoreTexts();
  const values = useWatch({ control: form.control }) as BuilderValues;
  const [notice, setNotice] = useState('');
  const tools = useTexts(INTERCHANGE_TOOLS_TEXTS);
  // The core's problems carry their sentence (`text`); the page's own are worded from its table.
  const sayProblem = (p: Problem) => (p.text ? say(p) : sayShareProblem(p, tools));
  // The note under the secret (share-secret-note.tsx) shows once the link restored the page.
  const restored = restore.kind === 'restored';
  useEffect(() => {
    if (restored) $restoredFromLink.set(true);
  }, [restored]);
  const shared = useMemo(() => encodeShareState(toShareState(values)), [values]);
  const base = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  const link = `${base}#${shared.fragment}`;
  const leftOut = namesLeftOut(shared.stripped, useTexts(APP_INTERCHANGE_TEXTS));

  const onCopy = async () => {
    window.history.replaceState(null, '', `#${shared.fragment}`);
    const copied = await copyText(link);
    setNotice(copied ? tools.linkCopied : tools.linkInAddressBar);
  };

  return (
    <Section id="share" title={tools.shareTitle} lead={tools.shareLead}>
      {restore.kind === 'failed' ? (
        <p className="field-error">
          {tools.linkUnreadable({ why: restore.problems.map(sayProblem).join(' ') })}
        </p>
      ) : null}
      {restore.kind === 'restored' && restore.problems.length > 0 ? (
        <ul className="import-notes">
          {restore.problems.map((p, index) => (
            <li key={index}>{sayProblem(p)}</li>
          ))}
        </ul>
      ) : null}
      <ShareLinkBox link={link} leftOut={leftOut} onCopy={() => void onCopy()} notice={notice} />
    </Section>
  );
}
