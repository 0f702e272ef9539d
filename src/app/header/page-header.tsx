import { Badge } from '../../ui/badge.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { StartOver } from './start-over.tsx';
import { HEADER_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/** The product name, the target badge, skip links, the tools one click away, the language. */
export function PageHeader({
  mode,
  sandboxAccount,
}: {
  mode: BuilderValues['target']['mode'];
  /** The day the sandbox's account opened OSS (it plays that account's rules). */
  sandboxAccount?: string | undefined;
}) {
  const texts = useTexts(HEADER_TEXTS);
  const target = {
    sandbox: sandboxAccount
      ? texts.targetSandboxAccount({ created: sandboxAccount })
      : texts.targetSandbox,
    region: texts.targetRegion,
    custom: texts.targetCustom,
  }[mode];
  return (
    <header className="page-header">
      <nav className="skip-links" aria-label={texts.skipLinks}>
        <a href="#build">{texts.skipToBuild}</a>
        <a href="#presets">{texts.skipToPresets}</a>
        <a href="#result">{texts.skipToResult}</a>
      </nav>
      <div className="brand">
        <h1>{texts.product}</h1>
        <span className="target-badge">
          <span className="visually-hidden">{texts.targetLabel}: </span>
          <Badge tone={mode === 'sandbox' ? 'info' : 'ok'}>{target}</Badge>
        </span>
      </div>
      <p className="tagline">{texts.tagline}</p>
      <nav className="tools" aria-label={texts.tools}>
        <a href="#compare">{texts.compare}</a>
        <a href="#share">{texts.share}</a>
        <a href="#self-test">{texts.selfTest}</a>
        <StartOver />
        <LanguageSwitch />
      </nav>
    </header>
  );
}
