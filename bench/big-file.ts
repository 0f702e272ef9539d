import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * A file of `bytes` bytes created at once: sparse (all zeros, no disk blocks), so the upload
 * measures the pipeline, not the disk. It is read once here: the first read of a hole makes the
 * kernel zero-fill page-cache pages (about a CPU second per GiB, charged to the reader), which
 * would otherwise fall on whichever client happens to upload it first.
 */
export async function createSparseFile(file: string, bytes: number): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
  for await (const _chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    // reading is the point
  }
}
