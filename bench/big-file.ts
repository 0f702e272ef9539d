import { open } from 'node:fs/promises';

/**
 * A file of `bytes` bytes created at once: sparse (all zeros, no disk blocks), so reading it costs
 * no disk time and the upload measures the pipeline, not the disk.
 */
export async function createSparseFile(file: string, bytes: number): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
}
