// Objects on disk: DATA/objects/<hex of the key> holds the bytes; DATA/index.jsonl, an append-only
// journal, holds each object's stored headers (one JSON line per commit, the last line of a key
// wins), read into memory at start and followed while running, so a second process on the same
// data dir sees this one's objects. Hex names mean a key (`../x`, `/etc/passwd`, NUL) can never
// name a path outside the data dir; uploads go to DATA/tmp first and are renamed into place only on
// success, and an object exists for readers once its journal line does. Data dirs written before
// the journal kept one DATA/meta/<hex>.json per object; those are still read.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rename as renameCallback,
  write as writeCallback,
  writeFile as writeFileCallback,
  type WriteStream,
} from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

// The commit path uses node:fs's callback functions: fs/promises goes through a FileHandle per call,
// which costs several times the CPU of a small file's write (bench/sandbox-throughput.ts).
const rename = promisify(renameCallback);
const writeSmallFile = promisify(writeFileCallback);
const appendLine = promisify(
  (fd: number, line: string, done: (error: NodeJS.ErrnoException | null) => void) =>
    writeCallback(fd, line, null, 'utf8', (error) => done(error)),
);
import path from 'node:path';
import type { Accepted } from '../oss/index.ts';

/** What the core's verdict says to store, plus what the sandbox learns from the bytes. */
export type StoredObject = Accepted['object'] & {
  key: string;
  size: number;
  etag: string;
  crc64: string;
  lastModified: string;
};

export interface ObjectStore {
  dataDir: string;
  tmpDir: string;
  createTempFile: () => { path: string; stream: WriteStream };
  commit: (tempPath: string, object: StoredObject) => Promise<void>;
  /** Writes bytes held in memory to a temp file, then commits it. */
  commitBytes: (bytes: Buffer, object: StoredObject) => Promise<void>;
  exists: (key: string) => boolean;
  read: (key: string) => Promise<StoredObject | undefined>;
  open: (key: string) => NodeJS.ReadableStream;
  list: () => Promise<StoredObject[]>;
  readCors: () => Promise<string | undefined>;
  writeCors: (xml: string | undefined) => Promise<void>;
  /** Deletes an object: a journal line `{"key", "deleted": true}`, then its bytes. */
  remove: (key: string) => Promise<boolean>;
  /** Closes the journal (the store is not used afterwards). */
  close: () => void;
}

/** The file name for a key: hex of its UTF-8 bytes (split so no name exceeds 255 bytes). */
function objectFileName(key: string): string {
  const hex = Buffer.from(key, 'utf8').toString('hex');
  return hex.match(/.{1,200}/g)?.join(path.sep) ?? '_';
}

/**
 * Renames `from` to `to`, creating `to`'s directory only when it is missing (the top directories
 * exist from the start; only keys longer than 100 bytes have nested names), so a post costs no
 * mkdir calls.
 */
async function moveIntoPlace(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(to), { recursive: true });
    await rename(from, to);
  }
}

/** Opens (creating) the store in `dataDir` and removes temp files left by a crash. */
/** Each object's stored headers, by key, as the journal (and any older meta files) say. */
function loadOlderMetaFiles(metas: string, into: Map<string, StoredObject>): void {
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) {
        try {
          const object = JSON.parse(readFileSync(full, 'utf8')) as StoredObject;
          into.set(object.key, object);
        } catch {
          // a meta file cut short by a crash: the object was never committed
        }
      }
    }
  };
  walk(metas);
}

export function openObjectStore(dataDir: string): ObjectStore {
  const objects = path.join(dataDir, 'objects');
  const metas = path.join(dataDir, 'meta');
  const tmpDir = path.join(dataDir, 'tmp');
  for (const dir of [objects, metas, tmpDir]) mkdirSync(dir, { recursive: true });
  const objectPath = (key: string) => path.join(objects, objectFileName(key));
  // Temp names: a random prefix per store (two processes on one data dir never meet) and a counter,
  // instead of fresh random bytes per upload; 'wx' refuses a name that exists anyway.
  const tempPrefix = path.join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}-`);
  let tempCount = 0;

  const index = new Map<string, StoredObject>();
  loadOlderMetaFiles(metas, index);
  // Appends are atomic per write with O_APPEND; lines are read back in file order.
  const journal = openSync(path.join(dataDir, 'index.jsonl'), 'a+');
  let readUpTo = 0;
  let partial = '';
  /** Reads journal lines written since the last look (by this process or another). */
  const follow = (): void => {
    const size = fstatSync(journal).size;
    if (size <= readUpTo) return;
    const fresh = Buffer.alloc(size - readUpTo);
    let got = 0;
    while (got < fresh.length) {
      const n = readSync(journal, fresh, got, fresh.length - got, readUpTo + got);
      if (n === 0) break;
      got += n;
    }
    readUpTo += got;
    const lines = (partial + fresh.subarray(0, got).toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      try {
        const object = JSON.parse(line) as StoredObject & { deleted?: boolean };
        if (typeof object?.key !== 'string') continue;
        if (object.deleted === true) index.delete(object.key);
        else index.set(object.key, object);
      } catch {
        // a line cut short by a crash: that commit never completed
      }
    }
  };
  follow();

  const store: ObjectStore = {
    dataDir,
    tmpDir,
    createTempFile() {
      tempCount += 1;
      const file = `${tempPrefix}${tempCount}.part`;
      return { path: file, stream: createWriteStream(file, { flags: 'wx' }) };
    },
    async commit(tempPath, object) {
      // The bytes first, then the journal line: the object exists for readers once its line does.
      await moveIntoPlace(tempPath, objectPath(object.key));
      await appendLine(journal, `${JSON.stringify(object)}\n`);
      index.set(object.key, object);
    },
    async commitBytes(bytes, object) {
      tempCount += 1;
      const file = `${tempPrefix}${tempCount}.part`;
      await writeSmallFile(file, bytes, { flag: 'wx' });
      await store.commit(file, object);
    },
    exists: (key) => {
      follow();
      return index.has(key);
    },
    async read(key) {
      follow();
      return index.get(key);
    },
    open: (key) => createReadStream(objectPath(key)),
    async list() {
      follow();
      return [...index.values()].sort((a, b) =>
        Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)),
      );
    },
    async readCors() {
      try {
        return await readFile(path.join(dataDir, 'cors.xml'), 'utf8');
      } catch {
        return undefined;
      }
    },
    async writeCors(xml) {
      const file = path.join(dataDir, 'cors.xml');
      if (xml === undefined) await rm(file, { force: true });
      else await writeFile(file, xml);
    },
    async remove(key) {
      follow();
      if (!index.has(key)) return false;
      await appendLine(journal, `${JSON.stringify({ key, deleted: true })}\n`);
      index.delete(key);
      await rm(objectPath(key), { force: true });
      return true;
    },
    close: () => closeSync(journal),
  };
  return store;
}

/** Removes every temp file (at start: what a crashed run left behind). */
export async function clearTempFiles(store: ObjectStore): Promise<void> {
  for (const name of await readdir(store.tmpDir))
    await rm(path.join(store.tmpDir, name), { force: true });
}

/** Deletes a temp file, ignoring one that is already gone. */
export async function removeTempFile(file: string): Promise<void> {
  await rm(file, { force: true });
  await rm(`${file}.json`, { force: true });
}

/** Size of a file on disk, or -1. */
export async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return -1;
  }
}
