import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { localeStore } from '../../ui/i18n/locale.ts';
import { useStore } from '../../ui/i18n/use-store.ts';
import { makeCoreTexts, type ChineseCore, type CoreTexts } from './core-texts.ts';

async function loadChineseCore(): Promise<ChineseCore> {
  return import('./core-zh.ts');
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
    queryFn: loadChineseCore,
    enabled: locale === 'zh-CN',
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
  const zh = locale === 'zh-CN' ? (chinese.data ?? null) : null;
  return useMemo(() => makeCoreTexts(zh), [zh]);
}
