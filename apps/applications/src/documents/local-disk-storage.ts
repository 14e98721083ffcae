import { createHash, randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type Readable } from 'node:stream';
import { assertValidDocumentKey } from './document-key';
import { type DocumentStorage } from './document-storage';
import { DocumentNotFoundError, DocumentTooLargeError, InvalidDocumentKeyError } from './errors';

export interface LocalDiskStorageOptions {
  /** Hard cap per document, enforced while streaming so an oversized upload never fills the disk. */
  maxBytes: number;
}

/** Stores each document as one file `<rootDir>/<key>`. */
export class LocalDiskStorage implements DocumentStorage {
  private readonly rootDir: string;
  private readonly maxBytes: number;

  constructor(rootDir: string, options: LocalDiskStorageOptions) {
    if (!Number.isSafeInteger(options.maxBytes) || options.maxBytes <= 0) {
      throw new RangeError(`maxBytes must be a positive integer, got ${options.maxBytes}`);
    }
    this.rootDir = path.resolve(rootDir);
    this.maxBytes = options.maxBytes;
  }

  async put(key: string, content: Readable | Buffer): Promise<{ sizeBytes: number; sha256: string }> {
    const finalPath = this.pathFor(key);
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
        if (sizeBytes + chunk.length > this.maxBytes) throw new DocumentTooLargeError(this.maxBytes);
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

  async get(key: string): Promise<Readable> {
    const filePath = this.pathFor(key);
    let file: FileHandle;
    try {
      // Opened eagerly so a missing document is a rejected promise here, not a later stream 'error'.
      file = await open(filePath, 'r');
    } catch (error) {
      if (isMissing(error)) throw new DocumentNotFoundError(key);
      throw error;
    }
    // A key naming a directory (`<applicationId>` alone) is not a document.
    if (!(await file.stat()).isFile()) {
      await file.close();
      throw new DocumentNotFoundError(key);
    }
    return file.createReadStream(); // closes the handle when the stream ends or is destroyed
  }

  async delete(key: string): Promise<void> {
    const filePath = this.pathFor(key);
    try {
      await unlink(filePath);
    } catch (error) {
      if (!isMissing(error) && !hasCode(error, 'EISDIR')) throw error;
    }
  }

  private pathFor(key: string): string {
    assertValidDocumentKey(key);
    const resolved = path.resolve(this.rootDir, key);
    // Defence in depth: the key pattern already rules out traversal, this guards against future edits to it.
    if (!resolved.startsWith(this.rootDir + path.sep)) throw new InvalidDocumentKeyError(key);
    return resolved;
  }
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

function isMissing(error: unknown): boolean {
  // ENOTDIR: a parent segment of the key is a file (`a` stored, then `a/b` requested).
  return hasCode(error, 'ENOENT') || hasCode(error, 'ENOTDIR');
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
}
