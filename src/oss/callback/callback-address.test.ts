// The callback address rule, attacked: every spelling a URL parser accepts for a loopback, private
// or metadata address is judged private, and the URL to call is the one that was judged.
import { describe, expect, it } from 'vitest';
import { isPrivateCallbackUrl, isPrivateHost, readCallbackAddress } from './callback-address.ts';

describe('private callback hosts, as the WHATWG parser reads them', () => {
  it.each([
    ['http://[::ffff:127.0.0.1]:9/', '::ffff:7f00:1'],
    ['http:\\\\127.0.0.1:9\\', '127.0.0.1'],
    ['http:/127.0.0.1:9/', '127.0.0.1'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe'],
    ['http://[::ffff:100.100.100.200]/', '::ffff:6464:64c8'],
    ['http://100.100.100.200/latest/meta-data', '100.100.100.200'],
    ['http://[::ffff:10.0.0.1]/', '::ffff:a00:1'],
    ['http://localhost./cb', 'localhost'],
    ['http://a.localhost../cb', 'a.localhost'],
    ['http://[fec0::1]/', 'fec0::1'],
    ['http://[::]/', '::'],
    ['http://[::1]/', '::1'],
    ['http://[::127.0.0.1]/', '::7f00:1'],
    ['http://[64:ff9b::10.0.0.1]/', '64:ff9b::a00:1'],
    ['http://[2002:7f00:1::]/', '2002:7f00:1::'],
    ['http://[fd00::1]/', 'fd00::1'],
    ['http://[fe80::1]/', 'fe80::1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['HTTP://LOCALHOST:80/', 'localhost'],
    ['localhost:8080/cb', 'localhost'],
    ['10.1.2.3:80', '10.1.2.3'],
    ['http://172.31.255.255/', '172.31.255.255'],
    ['http://192.168.0.1/', '192.168.0.1'],
    ['http://198.18.0.1/', '198.18.0.1'],
    ['http://224.0.0.1/', '224.0.0.1'],
    ['http://user:pw@127.0.0.1@example.com/', 'example.com'],
  ])('%s is judged on host %s', (url, host) => {
    const address = readCallbackAddress(url);
    expect(address?.host).toBe(host);
    expect(address?.private).toBe(host !== 'example.com');
    expect(isPrivateCallbackUrl(url)).toBe(host !== 'example.com');
  });

  it.each([
    'https://example.com/cb',
    'http://8.8.8.8/',
    'http://172.32.0.1/',
    'http://100.128.0.1/',
    'http://[2001:db8::1]/',
    'http://[::ffff:8.8.8.8]/',
    'http://localhost.example.com/',
  ])('%s is public', (url) => {
    expect(readCallbackAddress(url)?.private).toBe(false);
  });

  it('calls the URL it judged, never the text as typed', () => {
    expect(readCallbackAddress('http:\\\\127.0.0.1:9\\cb?a=1')?.href).toBe(
      'http://127.0.0.1:9/cb?a=1',
    );
    expect(readCallbackAddress('example.com/cb')?.href).toBe('http://example.com/cb');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/', 'http://', ''])(
    '%s is no callback address',
    (url) => {
      expect(readCallbackAddress(url)).toBeUndefined();
    },
  );

  it.each([
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['[::1]', true],
    ['1:2:3:4:5:6:7:8:9', false],
    ['1::2::3', false],
    ['93.184.216.34', false],
  ])('isPrivateHost(%s) → %s', (host, expected) => {
    expect(isPrivateHost(host)).toBe(expected);
  });
});
