import { describe, expect, it } from 'vitest';
import { orderParts } from './form-order.ts';
import { PREVIEW_BOUNDARY, previewMultipart } from './multipart-preview.ts';
import type { FormEntry } from '../../oss/index.ts';

const ENTRIES: FormEntry[] = [
  { kind: 'field', name: 'key', value: 'a/${filename}', why: '' },
  { kind: 'field', name: 'policy', value: 'eyJ9', why: '' },
  { kind: 'file', name: 'file', why: '' },
];

describe('field order', () => {
  it('keeps the core order by default', () => {
    expect(orderParts(ENTRIES, 'standard').map((part) => part.name)).toEqual([
      'key',
      'policy',
      'file',
    ]);
  });
  it('moves key after the file on purpose', () => {
    expect(orderParts(ENTRIES, 'key-after-file').map((part) => part.name)).toEqual([
      'policy',
      'file',
      'key',
    ]);
  });
});

describe('multipart preview', () => {
  const file = { filename: '图.png', size: 5000, contentType: 'image/png' };
  const preview = previewMultipart(orderParts(ENTRIES, 'standard'), file);

  it('shows every part in order with a placeholder for the file bytes', () => {
    expect(preview.text.indexOf('name="key"')).toBeLessThan(preview.text.indexOf('name="policy"'));
    expect(preview.text).toContain(
      'filename="图.png"\r\nContent-Type: image/png\r\n\r\n<5000 bytes of 图.png>',
    );
    expect(preview.text.endsWith(`--${PREVIEW_BOUNDARY}--\r\n`)).toBe(true);
  });

  it('counts bytes before the file in UTF-8', () => {
    const head = preview.text.slice(0, preview.text.indexOf('<5000'));
    expect(preview.bytesBeforeFile).toBe(new TextEncoder().encode(head).length);
    expect(preview.fieldBytes).toBe('key'.length + 'a/${filename}'.length + 'policy'.length + 4);
    expect(preview.totalBytes).toBe(
      new TextEncoder().encode(preview.text.replace('<5000 bytes of 图.png>', '')).length + 5000,
    );
  });
});
