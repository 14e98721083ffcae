import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { DocumentNotFoundError, DocumentTooLargeError, InvalidDocumentKeyError } from './errors';
import { LocalDiskStorage } from './local-disk-storage';

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
/** Every file below `dir`, relative, so leftovers (temp files included) are visible. */
const filesUnder = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort();

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'kc-documents-'));
    storage = new LocalDiskStorage(root, { maxBytes: 1024 });
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('round-trips a Buffer with its size and sha256, creating parent directories', async () => {
    const content = Buffer.from('%PDF-1.7 hồ sơ khuyến công');
    const result = await storage.put('app-1/doc_1', content);

    expect(result).toEqual({ sizeBytes: content.length, sha256: sha256(content) });
    expect(await readFile(path.join(root, 'app-1', 'doc_1'))).toEqual(content);
    expect(await text(await storage.get('app-1/doc_1'))).toBe(content.toString());
  });

  it('computes size and sha256 while streaming many chunks, leaving no temp file behind', async () => {
    const chunks = Array.from({ length: 10 }, (_, i) => Buffer.alloc(100, i));
    const result = await storage.put('app-1/doc-2', Readable.from(chunks));

    const all = Buffer.concat(chunks);
    expect(result).toEqual({ sizeBytes: 1000, sha256: sha256(all) });
    expect(await filesUnder(root)).toEqual([path.join('app-1', 'doc-2')]);
  });

  it('accepts exactly maxBytes', async () => {
    await expect(storage.put('a/exact', Buffer.alloc(1024))).resolves.toMatchObject({ sizeBytes: 1024 });
  });

  it('aborts mid-stream past maxBytes: typed error, no file left, source not read to the end', async () => {
    let produced = 0;
    // An endless upload: only a limit enforced while streaming can stop it.
    const endless = Readable.from(
      (function* () {
        for (;;) {
          produced += 1;
          yield Buffer.alloc(100);
        }
      })(),
    );

    const error = await storage.put('app-1/huge', endless).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DocumentTooLargeError);
    expect(error).toMatchObject({ maxBytes: 1024, reasonVi: expect.stringContaining('tối đa 1 KB') });
    expect(endless.destroyed).toBe(true);
    expect(produced).toBeLessThan(50);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('keeps the previous version intact when a replacing upload fails', async () => {
    await storage.put('app-1/doc', Buffer.from('version 1'));
    await expect(storage.put('app-1/doc', Buffer.alloc(2048))).rejects.toBeInstanceOf(DocumentTooLargeError);

    expect(await text(await storage.get('app-1/doc'))).toBe('version 1');
    expect(await filesUnder(root)).toEqual([path.join('app-1', 'doc')]);
  });

  it('cleans up and propagates the error when the upload stream fails midway', async () => {
    const broken = new Readable({ read() {} });
    broken.push(Buffer.from('partial'));
    setImmediate(() => broken.destroy(new Error('client aborted')));

    await expect(storage.put('app-1/broken', broken)).rejects.toThrow('client aborted');
    expect(await filesUnder(root)).toEqual([]);
  });

  it('stores an empty Buffer (type policy lives in the upload layer)', async () => {
    await expect(storage.put('a/empty', Buffer.alloc(0))).resolves.toEqual({
      sizeBytes: 0,
      sha256: sha256(Buffer.alloc(0)),
    });
  });

  it.each([
    '../escape',
    'app/../../escape',
    'app/./doc',
    '/etc/passwd',
    'C:\\Windows\\x',
    'app\\doc',
    'app//doc',
    'app/doc/',
    '.hidden',
    'app/doc.pdf',
    'hồ-sơ',
    'a b',
    '',
    'x'.repeat(201),
  ])('rejects key %j for put, get and delete without touching the disk', async (key) => {
    await expect(storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidDocumentKeyError);
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidDocumentKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidDocumentKeyError);
    expect(await readdir(root)).toEqual([]);
  });

  it('throws DocumentNotFoundError for a missing key, a missing parent, or a directory', async () => {
    await storage.put('app-1/doc', Buffer.from('x'));

    await expect(storage.get('app-1/other')).rejects.toBeInstanceOf(DocumentNotFoundError);
    await expect(storage.get('app-2/doc')).rejects.toBeInstanceOf(DocumentNotFoundError);
    await expect(storage.get('app-1')).rejects.toBeInstanceOf(DocumentNotFoundError);
    await expect(storage.get('app-1/doc/child')).rejects.toBeInstanceOf(DocumentNotFoundError);
  });

  it('deletes idempotently', async () => {
    await storage.put('app-1/doc', Buffer.from('x'));

    await storage.delete('app-1/doc');
    await storage.delete('app-1/doc');
    await storage.delete('never/stored');

    await expect(storage.get('app-1/doc')).rejects.toBeInstanceOf(DocumentNotFoundError);
  });

  it('ignores stray files outside its keys (temp names cannot collide with keys)', async () => {
    await mkdir(path.join(root, 'app-1'));
    await writeFile(path.join(root, 'app-1', '.doc.0123.tmp'), 'stale temp from a crash');
    await storage.put('app-1/doc', Buffer.from('fresh'));
    expect(await text(await storage.get('app-1/doc'))).toBe('fresh');
  });

  it('rejects a non-positive maxBytes', () => {
    expect(() => new LocalDiskStorage(root, { maxBytes: 0 })).toThrow(RangeError);
  });
});
