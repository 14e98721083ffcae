import { type FileHandle, open, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type Readable } from 'node:stream';
import { assertValidDocumentKey } from './document-key';
import { type DocumentStorage } from './document-storage';
import { DocumentNotFoundError, InvalidDocumentKeyError } from './errors';
import { writeAtomically } from './atomic-write';
import { hasCode, isMissing } from './fs-error-codes';

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
    return writeAtomically(this.pathFor(key), content, this.maxBytes);
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
