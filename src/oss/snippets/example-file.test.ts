import { describe, expect, it } from 'vitest';
import type { PostForm } from '../form/form-types.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';
import { renderCurlSnippet } from './curl-snippet.ts';
import { buildSample, plainSpec } from '../fixtures/sample-forms.ts';
import { exampleFilePath } from './example-file.ts';

const TARGET = {
  endpoint: 'http://127.0.0.1:9100/examplebucket',
  bucket: 'examplebucket',
  region: 'cn-hangzhou',
  accessKeyId: 'LTAI5tExample',
  accessKeySecret: 'example-secret',
};

// Only the policy's conditions matter here.
const formWith = (...conditions: PolicyCondition[]) =>
  ({
    fields: [{ kind: 'file', name: 'file' }],
    policy: { expiration: '2030-01-01T00:00:00.000Z', conditions },
  }) as unknown as PostForm;

describe('the example file a snippet posts is one the policy admits', () => {
  it.each([
    ['no type condition', [], './example.txt'],
    ['image/ prefix', [['starts-with', '$Content-Type', 'image/']], './example.png'],
    ['exactly image/jpeg', [['eq', '$content-type', 'image/jpeg']], './example.jpg'],
    ['object form', [{ 'Content-Type': 'application/pdf' }], './example.pdf'],
    [
      'a list',
      [['in', '$content-type', ['application/msword', 'application/pdf']]],
      './example.pdf',
    ],
    ['everything but text', [['not-in', '$content-type', ['text/plain']]], './example.png'],
    ['a type with no example', [['eq', '$content-type', 'model/gltf+json']], './example.txt'],
    ['a key condition only', [['starts-with', '$key', 'user/']], './example.txt'],
  ] as [string, PolicyCondition[], string][])('%s → %s', (_title, conditions, path) => {
    expect(exampleFilePath(formWith(...conditions))).toBe(path);
  });

  it('the curl command posts it', async () => {
    const spec = plainSpec(TARGET, 'avatars/${filename}');
    const form = await buildSample({
      ...spec,
      conditions: [
        ['starts-with', '$key', 'avatars/'],
        ['starts-with', '$Content-Type', 'image/'],
      ],
      fields: [{ name: 'success_action_status', value: '201' }],
    });
    const curl = renderCurlSnippet(form);
    expect(curl).toContain("-F 'file=@./example.png'");
    expect(curl).not.toContain('example.txt');
  });
});
