import { useQuery } from '@tanstack/react-query';
import { localeStore } from '../../ui/i18n/locale.ts';
import { useStore } from '../../ui/i18n/use-store.ts';
import { ENGLISH_CORE_TEXTS, type CoreTexts } from './core-texts.ts';

async function loadChineseCoreTexts(): Promise<CoreTexts> {
  return (await import('./core-zh.ts')).CHINESE_CORE_TEXTS;
}

let preloaded: CoreTexts | undefined;

/** Loads the Chinese core before the first render when that is the reader's language (main.tsx). */
export async function preloadCoreTexts(): Promise<void> {
  if (localeStore.get() !== 'zh-CN') return;
  preloaded = await loadChineseCoreTexts().catch(() => undefined);
}

/**
 * The core's texts (findings, problems, error explanations, field reasons, doc links) in the
 * reader's language. The Chinese core loads once, on demand, when the reader chooses 简体中文;
 * until it has loaded, and if it cannot load, the core's English shows (never a blank).
 */
export function useCoreTexts(): CoreTexts {
  const locale = useStore(localeStore);
  const chinese = useQuery({
    queryKey: ['core', 'texts', 'zh-CN'],
    queryFn: loadChineseCoreTexts,
    enabled: locale === 'zh-CN',
    initialData: () => preloaded,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
  return (locale === 'zh-CN' ? chinese.data : undefined) ?? ENGLISH_CORE_TEXTS;
}
