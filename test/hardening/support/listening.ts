import { readFile } from 'node:fs/promises';

/** The local addresses (dotted IPv4 or IPv6 hex) that listen on `port`, from /proc/net/tcp{,6}. */
export async function listeningAddresses(port: number): Promise<string[]> {
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const table = await readFile(file, 'utf8').catch(() => '');
    for (const line of table.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue;
      const [address = '', portHex = ''] = local.split(':');
      if (parseInt(portHex, 16) !== port) continue;
      found.push(address.length === 8 ? decodeIpv4(address) : address);
    }
  }
  return found;
}

/** /proc/net/tcp writes IPv4 as little-endian hex: 0100007F is 127.0.0.1. */
function decodeIpv4(hex: string): string {
  return [6, 4, 2, 0].map((at) => parseInt(hex.slice(at, at + 2), 16)).join('.');
}
