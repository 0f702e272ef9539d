import { describe, expect, it } from 'vitest';
import type { Check } from '../../oss/index.ts';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { collectFindings } from './collect-findings.ts';

const check = (over: Partial<Check>): Check => ({
  id: 'lint.example',
  severity: 'error',
  message: 'the message',
  docUrl: 'https://www.alibabacloud.com/help/en/oss/developer-reference/postobject',
  fields: [],
  ...over,
});

describe('findings placed at the inputs they concern', () => {
  it.each([
    ['a key finding sits at the Object key input', check({ fields: ['key'] }), ['object-key']],
    [
      'a finding naming the user condition row sits at that row and at the key',
      check({ fields: ['key'], conditionRow: 0 }),
      ['condition-0', 'object-key'],
    ],
    [
      'a size finding sits at the content-length-range row, not the JSON',
      check({ fields: ['content-length-range'] }),
      ['condition-1'],
    ],
    [
      'an extra field sits at its value input',
      check({ fields: ['success_action_status'] }),
      ['extra-field-0-value'],
    ],
    [
      'a row beyond the rows the user has is not invented',
      check({ fields: [], conditionRow: 7 }),
      [],
    ],
  ])('%s', (_title, finding, inputs) => {
    const placed = collectFindings([finding], null, DEFAULT_VALUES);
    expect([...placed.keys()]).toEqual(inputs);
    for (const id of inputs) expect(placed.get(id)?.[0]?.text).toBe('the message');
  });

  it('a dry-run refusal sits at each field it points at', () => {
    const placed = collectFindings(
      [],
      { text: 'OSS would refuse: AccessDenied', fields: ['key', 'file'] },
      DEFAULT_VALUES,
    );
    expect(placed.get('object-key')?.[0]?.text).toBe('OSS would refuse: AccessDenied');
    expect(placed.get('upload-file')?.[0]?.severity).toBe('error');
  });
});
