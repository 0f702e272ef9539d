import { useMemo } from 'react';
import { useTranslations } from '../../ui/i18n/texts.ts';
import { chineseCoreTexts, ENGLISH_CORE_TEXTS, type CoreTexts } from './core-texts.ts';

/**
 * The core's texts (findings, problems, error explanations, field reasons, doc links) in the
 * reader's language, from the same translations as the page's own texts (src/ui/i18n/texts.ts):
 * until the Chinese has loaded, and if it cannot load, the core's English shows (never a blank).
 */
export function useCoreTexts(): CoreTexts {
  const tables = useTranslations();
  return useMemo(() => (tables ? chineseCoreTexts(tables) : ENGLISH_CORE_TEXTS), [tables]);
}
