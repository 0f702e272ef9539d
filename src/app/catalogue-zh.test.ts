import { messagesToJSON } from '@nanostores/i18n';
import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../oss/index.ts';
import * as credentialsMessages from './credentials/messages.ts';
import * as formMessages from './form/messages.ts';
import * as logicMessages from './logic/messages.ts';
import * as callbackMessages from './policy/callback-messages.ts';
import * as policyMessages from './policy/messages.ts';
import * as checksMessages from './result/checks-messages.ts';
import * as targetMessages from './target/messages.ts';
import * as uploadMessages from './upload/messages.ts';
import * as workspaceMessages from './workspace/messages.ts';
import panels from '../ui/i18n/zh-CN/panels.json';

// Every message of the panels (target, credentials, policy, checks, upload, the error boundary),
// the form and the logic, in English (their messages.ts files)
// beside its Chinese in panels.json: none missing, empty, left in English or short of a {param}.
const stores = [
  targetMessages,
  credentialsMessages,
  policyMessages,
  checksMessages,
  uploadMessages,
  workspaceMessages,
  callbackMessages,
  logicMessages,
  formMessages,
].flatMap((module) =>
  Object.values(module).filter(
    (value): value is Parameters<typeof messagesToJSON>[0] =>
      typeof value === 'object' && value !== null && 'component' in value,
  ),
);
const english = messagesToJSON(...stores) as Record<string, Record<string, string>>;
const chinese: Record<string, Record<string, string> | undefined> = panels;

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([name]) => name).sort();

const rows = Object.entries(english).flatMap(([component, messages]) =>
  Object.entries(messages).map(([key, text]) => ({
    id: `${component}.${key}`,
    english: text,
    chinese: chinese[component]?.[key],
  })),
);

describe('the panels’ Chinese catalogue (src/ui/i18n/zh-CN/panels.json)', () => {
  it('covers the panels, the form and the logic messages', () => {
    expect(Object.keys(english)).toEqual(
      expect.arrayContaining(['panels.target', 'panels.upload', 'logic.fixes', 'form.schema']),
    );
  });

  it.each(rows)('$id has a Chinese entry', ({ chinese: text }) => {
    expect(text?.trim()).toBeTruthy();
  });

  it.each(rows)('$id is written in Chinese, not left in English', ({ chinese: text }) => {
    expect(findEnglishLeftovers(text ?? '')).toEqual([]);
  });

  it.each(rows)('$id keeps every {param} of the English', ({ english: text, chinese: zh }) => {
    expect(placeholders(zh ?? '')).toEqual(placeholders(text));
  });

  it('holds no entry that no English message has', () => {
    const extra = Object.entries(chinese).flatMap(([component, messages]) =>
      Object.keys(messages ?? {})
        .filter((key) => english[component]?.[key] === undefined)
        .map((key) => `${component}.${key}`),
    );
    expect(extra).toEqual([]);
  });
});
