import type { BuilderValues } from './builder-schema.ts';
import { createConditionRow } from './condition-rows.ts';

/** Where a fresh page starts before the sandbox answers: a real bucket in cn-hangzhou. */
export const DEFAULT_VALUES: BuilderValues = {
  target: {
    mode: 'region',
    endpoint: 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com',
    bucket: 'examplebucket',
    region: 'cn-hangzhou',
  },
  credentials: { signatureVersion: 'v4', accessKeyId: '', accessKeySecret: '', securityToken: '' },
  key: 'uploads/${filename}',
  expiration: { mode: 'relative', amount: 1, unit: 'hours', absolute: '' },
  conditions: [
    createConditionRow({ kind: 'starts-with', field: 'key', value: 'uploads/' }),
    createConditionRow({
      kind: 'content-length-range',
      field: '',
      min: 1,
      minUnit: 'B',
      max: 10,
      maxUnit: 'MB',
    }),
    createConditionRow({ kind: 'eq', field: 'success_action_status', value: '201' }),
  ],
  // 201 makes OSS answer a PostResponse XML the page can show (204 has an empty body).
  fields: [{ name: 'success_action_status', value: '201' }],
  callbackUrl: '',
  callbackBody: '',
  sendOrder: 'standard',
};
