import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { type DocumentStorage } from './document-storage';
import { DocumentTooLargeError, InvalidDocumentKeyError, UnsupportedFileTypeError } from './errors';
import { SNIFF_BYTES } from './file-type-sniffer';
import { LocalDiskStorage } from './local-disk-storage';
import { storeSniffedUpload } from './sniffing-upload';

/** Splits `data` into `size`-byte chunks, like a slow network would. */
const chunked = (data: Buffer, size: number): Readable =>
  Readable.from(
    Array.from({ length: Math.ceil(data.length / size) }, (_, i) => data.subarray(i * size, (i + 1) * size)),
  );

describe('storeSniffedUpload', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'kc-uploads-'));
    storage = new LocalDiskStorage(root, { maxBytes: 1024 * 1024 });
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('sniffs a signature split across tiny chunks and stores the whole upload unchanged', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(SNIFF_BYTES * 3, 7)]);

    const result = await storeSniffedUpload(chunked(pdf, 3), storage, 'app-1/doc-1', 1024 * 1024);

    expect(result).toMatchObject({ mime: 'application/pdf', extension: 'pdf', sizeBytes: pdf.length });
    expect(await buffer(await storage.get('app-1/doc-1'))).toEqual(pdf);
  });

  it('handles an upload smaller than SNIFF_BYTES', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(storeSniffedUpload(Readable.from([png]), storage, 'a/png', 1024)).resolves.toMatchObject({
      mime: 'image/png',
      extension: 'png',
      sizeBytes: png.length,
    });
  });

  it('rejects a disallowed type before storing anything', async () => {
    const put = jest.fn();
    const spyStorage: DocumentStorage = { put, get: jest.fn(), delete: jest.fn() };
    const exe = Readable.from([Buffer.from('MZ\x90\x00'), Buffer.alloc(SNIFF_BYTES * 4)]);

    const error = await storeSniffedUpload(exe, spyStorage, 'app-1/evil', 1024 * 1024).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UnsupportedFileTypeError);
    expect(error).toMatchObject({ reasonVi: expect.stringContaining('PDF, JPEG, PNG, DOCX, XLSX') });
    expect(put).not.toHaveBeenCalled();
    expect(exe.destroyed).toBe(true);
  });

  it('rejects an empty upload', async () => {
    await expect(storeSniffedUpload(Readable.from([]), storage, 'a/empty', 1024)).rejects.toBeInstanceOf(
      UnsupportedFileTypeError,
    );
    expect(await readdir(root)).toEqual([]);
  });

  it('enforces its own maxBytes while streaming and leaves no file', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(SNIFF_BYTES * 2)]);

    const maxBytes = SNIFF_BYTES + 5000; // past the head, so the limit trips while storage is writing

    await expect(storeSniffedUpload(chunked(pdf, 1000), storage, 'app-1/big', maxBytes)).rejects.toMatchObject({
      name: 'DocumentTooLargeError',
      maxBytes,
    });
    expect(await readdir(root, { recursive: true })).toEqual(['app-1']); // the directory, no file
  });

  it('rejects as too large even while still reading the head', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200)]);
    await expect(storeSniffedUpload(chunked(pdf, 50), storage, 'a/small-limit', 100)).rejects.toBeInstanceOf(
      DocumentTooLargeError,
    );
    expect(await readdir(root)).toEqual([]);
  });

  it('releases the upload when storage rejects the key', async () => {
    const upload = Readable.from([Buffer.from('%PDF-1.7\n'), Buffer.alloc(SNIFF_BYTES * 2)]);
    await expect(storeSniffedUpload(upload, storage, '../escape', 1024 * 1024)).rejects.toBeInstanceOf(
      InvalidDocumentKeyError,
    );
    expect(upload.destroyed).toBe(true);
  });
});
