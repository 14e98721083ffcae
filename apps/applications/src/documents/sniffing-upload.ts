import { Readable } from 'node:stream';
import { type DocumentStorage } from './document-storage';
import { DocumentTooLargeError, UnsupportedFileTypeError } from './errors';
import { type AllowedExtension, SNIFF_BYTES, sniffFileType } from './file-type-sniffer';

export interface StoredUpload {
  mime: string;
  extension: AllowedExtension;
  sizeBytes: number;
  sha256: string;
}

/**
 * Sniffs the first SNIFF_BYTES of an upload and, only if the type is allowed, streams the whole upload into
 * storage. Rejects with UnsupportedFileTypeError before anything is written, and with DocumentTooLargeError
 * once `maxBytes` is exceeded (the storage then discards its temp file). On rejection the upload stream is
 * destroyed so no further bytes are read.
 */
export async function storeSniffedUpload(
  upload: Readable,
  storage: DocumentStorage,
  key: string,
  maxBytes: number,
): Promise<StoredUpload> {
  const chunks = upload[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  let received = 0;
  const take = async (): Promise<Buffer | undefined> => {
    const next = await chunks.next();
    if (next.done) return undefined;
    if (!(next.value instanceof Uint8Array)) {
      throw new TypeError('Upload must be a binary stream; do not set an encoding on it');
    }
    received += next.value.length;
    if (received > maxBytes) throw new DocumentTooLargeError(maxBytes);
    return Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length);
  };

  let head: Buffer;
  let ended = false;
  try {
    // Chunks may be tiny (or split a signature), so buffer until enough bytes or end of stream.
    const headChunks: Buffer[] = [];
    let headLength = 0;
    while (headLength < SNIFF_BYTES) {
      const chunk = await take();
      if (chunk === undefined) {
        ended = true;
        break;
      }
      headChunks.push(chunk);
      headLength += chunk.length;
    }
    head = Buffer.concat(headChunks, headLength);
  } catch (error) {
    await chunks.return?.(); // destroys the upload stream
    throw error;
  }

  const sniffed = sniffFileType(head.subarray(0, SNIFF_BYTES));
  if (!sniffed.ok) {
    await chunks.return?.();
    throw new UnsupportedFileTypeError(sniffed.reasonVi, sniffed.reasonEn);
  }

  // Replays the buffered head, then the rest of the upload, still counting against maxBytes.
  async function* content(): AsyncGenerator<Buffer> {
    try {
      yield head;
      if (ended) return;
      for (let chunk = await take(); chunk !== undefined; chunk = await take()) yield chunk;
    } finally {
      await chunks.return?.(); // no-op after a normal end; destroys the upload if storage gave up early
    }
  }

  try {
    const { sizeBytes, sha256 } = await storage.put(key, Readable.from(content()));
    return { mime: sniffed.mime, extension: sniffed.extension, sizeBytes, sha256 };
  } catch (error) {
    // e.g. an invalid key rejected before storage ever pulled from content(): still release the upload.
    await chunks.return?.();
    throw error;
  }
}
