import { createHash, randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type Readable } from 'node:stream';
import { DocumentTooLargeError } from './errors';

/**
 * Streams content to `finalPath` through a temp file renamed into place once synced, so a reader never sees
 * a partial document; refuses (and leaves nothing) past `maxBytes`. Returns the size and SHA-256.
 */
export async function writeAtomically(
  finalPath: string,
  content: Readable | Buffer,
  maxBytes: number,
): Promise<{ sizeBytes: number; sha256: string }> {
  const dir = path.dirname(finalPath);
  // Same directory as the final file so `rename` stays on one filesystem and is atomic. The leading dot
  // can never appear in a valid key, so a temp file can never be mistaken for (or overwrite) a document.
  const tempPath = path.join(dir, `.${path.basename(finalPath)}.${randomBytes(6).toString('hex')}.tmp`);
  const openTemp = async (): Promise<FileHandle> => {
    await mkdir(dir, { recursive: true });
    return open(tempPath, 'wx');
  };

  const hash = createHash('sha256');
  let sizeBytes = 0;
  let file: FileHandle | undefined;
  try {
    // The stream is iterated before any other await: the iterator is what listens for the stream's
    // 'error', and an upload aborted while we were still creating directories must not go unhandled.
    // A Buffer is written as one chunk; a stream with backpressure (one write at a time). Throwing inside
    // `for await` destroys the source stream, so an oversized upload stops being read.
    for await (const chunk of Buffer.isBuffer(content) ? [content] : content) {
      if (!(chunk instanceof Uint8Array)) {
        throw new TypeError('Document content must be binary; do not set an encoding on the stream');
      }
      // Checked before writing: at most maxBytes ever reach the disk.
      if (sizeBytes + chunk.length > maxBytes) throw new DocumentTooLargeError(maxBytes);
      sizeBytes += chunk.length;
      hash.update(chunk);
      file ??= await openTemp();
      await file.write(chunk);
    }
    file ??= await openTemp(); // empty content still yields an (empty) document
    // Flush data before the rename is visible, otherwise a power loss could leave an empty/partial file
    // under the final name on filesystems that reorder metadata and data writes.
    await file.sync();
    await file.close();
    file = undefined;
    await rename(tempPath, finalPath);
  } catch (error) {
    await file?.close().catch(() => undefined);
    await unlink(tempPath).catch(() => undefined); // best effort (may not exist): the original error matters
    throw error;
  }
  await syncDirectory(dir);
  return { sizeBytes, sha256: hash.digest('hex') };
}

/** Makes the rename itself durable. Not every platform can fsync a directory, hence best effort. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The document is already complete under its final name; durability of the rename is a bonus.
  }
}
