import { appendFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openObjectStore, type ObjectStore, type StoredObject } from './object-store.ts';

function describeObject(key: string, size: number): StoredObject {
  return {
    key,
    size,
    etag: 'ETAG',
    crc64: '0',
    contentType: 'text/plain',
    headers: {},
    meta: {},
    lastModified: new Date(0).toISOString(),
  };
}

async function commitText(store: ObjectStore, key: string, text: string): Promise<string> {
  const temp = store.createTempFile();
  await new Promise<void>((done, failed) => {
    temp.stream.on('error', failed);
    temp.stream.end(text, () => done());
  });
  await store.commit(temp.path, describeObject(key, text.length));
  return temp.path;
}

async function readText(store: ObjectStore, key: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of store.open(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('object store commit', () => {
  let dataDir: string;
  let store: ObjectStore;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'object-store-'));
    store = openObjectStore(dataDir);
  });
  afterEach(async () => {
    store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['a short key', 'photos/cat.jpg'],
    ['a key whose file name nests (over 100 bytes)', `deep/${'x'.repeat(300)}`],
    ['a 1023-byte key', 'k'.repeat(1023)],
  ])('stores %s and reads it back, leaving no temp file', async (_label, key) => {
    await commitText(store, key, 'hello');
    expect(store.exists(key)).toBe(true);
    expect((await store.read(key))?.size).toBe(5);
    expect(await readText(store, key)).toBe('hello');
    expect(await readdir(store.tmpDir)).toEqual([]);
  });

  it('commits bytes held in memory (a small upload), leaving no temp file', async () => {
    await store.commitBytes(Buffer.from('small'), describeObject('mem/a.txt', 5));
    expect(await readText(store, 'mem/a.txt')).toBe('small');
    expect((await store.read('mem/a.txt'))?.size).toBe(5);
    expect(await readdir(store.tmpDir)).toEqual([]);
  });

  it('keeps what it stored across a restart (the journal is read back)', async () => {
    await commitText(store, 'keep/a.txt', 'one');
    await commitText(store, 'keep/a.txt', 'two!');
    await commitText(store, 'keep/b.txt', 'b');
    store.close();
    store = openObjectStore(dataDir);
    expect((await store.list()).map((o) => [o.key, o.size])).toEqual([
      ['keep/a.txt', 4],
      ['keep/b.txt', 1],
    ]);
    expect(await readText(store, 'keep/a.txt')).toBe('two!');
  });

  it('sees what a second process on the same data dir commits, and skips a torn last line', async () => {
    const other = openObjectStore(dataDir);
    try {
      await commitText(other, 'shared/x.txt', 'from the other');
      expect(store.exists('shared/x.txt')).toBe(true);
      expect((await store.read('shared/x.txt'))?.size).toBe(14);
      await appendFile(path.join(dataDir, 'index.jsonl'), '{"key":"torn","si');
      expect((await store.list()).map((o) => o.key)).toEqual(['shared/x.txt']);
    } finally {
      other.close();
    }
  });

  it('reads the per-object meta files of a data dir written before the journal', async () => {
    store.close();
    await mkdir(path.join(dataDir, 'meta', 'nested'), { recursive: true });
    await writeFile(
      path.join(dataDir, 'meta', 'nested', 'old.json'),
      JSON.stringify(describeObject('old/key.txt', 3)),
    );
    store = openObjectStore(dataDir);
    expect((await store.read('old/key.txt'))?.size).toBe(3);
  });

  it('replaces an existing object and its meta', async () => {
    const key = `again/${'y'.repeat(150)}`;
    await commitText(store, key, 'first');
    await commitText(store, key, 'second!');
    expect((await store.read(key))?.size).toBe(7);
    expect(await readText(store, key)).toBe('second!');
    expect((await store.list()).map((object) => object.key)).toEqual([key]);
  });

  it('gives every upload its own temp file', async () => {
    const paths = new Set<string>();
    for (let i = 0; i < 50; i += 1) {
      const temp = store.createTempFile();
      paths.add(temp.path);
      await new Promise((closed) => temp.stream.end(closed));
    }
    expect(paths.size).toBe(50);
    for (const file of paths) expect(path.dirname(file)).toBe(store.tmpDir);
  });

  it('fails, without storing anything, when the temp file is gone', async () => {
    const temp = path.join(store.tmpDir, 'missing.part');
    await writeFile(`${temp}.json`, '{}');
    await expect(store.commit(temp, describeObject('lost', 1))).rejects.toThrow();
    expect(store.exists('lost')).toBe(false);
    expect(await readdir(path.join(dataDir, 'objects'))).toEqual([]);
  });
});
