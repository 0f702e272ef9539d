import { describe, expect, it } from 'vitest';
import { boundaryOf, watchPartHeaderOrder } from './part-header-order.ts';

const B = 'xyz';
const field = (name: string, value: string) =>
  `--${B}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const file = (first: string, second: string) =>
  `--${B}\r\n${first}\r\n${second}\r\n\r\ndata\r\n--${B}--\r\n`;
const DISPOSITION = 'Content-Disposition: form-data; name="file"; filename="a.txt"';
const TYPE = 'Content-Type: text/plain';

function watch(body: string, chunkSize: number) {
  const push = watchPartHeaderOrder(B);
  let order = push(Buffer.alloc(0));
  for (let at = 0; at < body.length; at += chunkSize) {
    order = push(Buffer.from(body.slice(at, at + chunkSize)));
  }
  return order;
}

describe('watchPartHeaderOrder: the file part must start with Content-Disposition', () => {
  it.each<[string, string, string]>([
    ['Content-Disposition first', field('key', 'a') + file(DISPOSITION, TYPE), 'in-order'],
    ['Content-Type first (Dart http)', field('key', 'a') + file(TYPE, DISPOSITION), 'out-of-order'],
    [
      'lower-case header names, type first',
      file(TYPE.toLowerCase(), DISPOSITION.toLowerCase()),
      'out-of-order',
    ],
    [
      'a text field with Content-Type first is not the file part',
      `--${B}\r\n${TYPE}\r\nContent-Disposition: form-data; name="key"\r\n\r\nv\r\n` +
        file(DISPOSITION, TYPE),
      'in-order',
    ],
    ['no file part yet', field('key', 'a'), 'reading'],
  ])('%s → %s', (_name, body, expected) => {
    for (const size of [1, 7, 64, body.length]) expect(watch(body, size)).toBe(expected);
  });

  it('reads the boundary parameter, quoted or not', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
    expect(boundaryOf('multipart/form-data; boundary="a b"; x=1')).toBe('a b');
    expect(boundaryOf('multipart/form-data')).toBeUndefined();
  });
});
