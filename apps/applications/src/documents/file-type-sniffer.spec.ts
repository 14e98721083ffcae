import { deflateRawSync } from 'node:zlib';
import { SNIFF_BYTES, sniffFileType } from './file-type-sniffer';

interface ZipEntry {
  name: string;
  data: Buffer;
  /** Store uncompressed (method 0) instead of deflating. */
  stored?: boolean;
  /** Sizes deferred to a data descriptor (flag bit 3), as streaming zip writers do. */
  streamed?: boolean;
}

/** Builds the local-file-header part of a real ZIP (enough for the sniffer, which only sees the head). */
function zip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.stored ? entry.data : deflateRawSync(entry.data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(entry.streamed ? 0x0008 : 0, 6);
    header.writeUInt16LE(entry.stored ? 0 : 8, 8);
    header.writeUInt32LE(entry.streamed ? 0 : data.length, 18);
    header.writeUInt32LE(entry.streamed ? 0 : entry.data.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    parts.push(header, name, data);
    if (entry.streamed) {
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(entry.data.length, 12);
      parts.push(descriptor);
    }
  }
  return Buffer.concat(parts);
}

const contentTypes = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>',
);
const rels = Buffer.from('<?xml version="1.0"?><Relationships/>');
const docx = (streamed = false): Buffer =>
  zip([
    { name: '[Content_Types].xml', data: contentTypes, streamed },
    { name: '_rels/.rels', data: rels, streamed },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>'), streamed },
  ]);
const xlsx = (): Buffer =>
  zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rels },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
  ]);

describe('sniffFileType', () => {
  it('accepts a PDF by its %PDF- header', () => {
    const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
    expect(sniffFileType(pdf)).toEqual({ ok: true, mime: 'application/pdf', extension: 'pdf' });
  });

  it('accepts JPEG (JFIF and Exif) by the FF D8 FF signature', () => {
    const jfif = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
    const exif = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x18, 0x45, 0x78, 0x69, 0x66, 0x00]);
    expect(sniffFileType(jfif)).toEqual({ ok: true, mime: 'image/jpeg', extension: 'jpg' });
    expect(sniffFileType(exif)).toEqual({ ok: true, mime: 'image/jpeg', extension: 'jpg' });
  });

  it('accepts PNG by its 8-byte signature', () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('\x00\x00\x00\x0dIHDR', 'latin1'),
    ]);
    expect(sniffFileType(png)).toEqual({ ok: true, mime: 'image/png', extension: 'png' });
  });

  it('accepts DOCX by its word/ entries', () => {
    expect(sniffFileType(docx())).toMatchObject({ ok: true, extension: 'docx' });
    expect(sniffFileType(docx())).toMatchObject({ mime: expect.stringContaining('wordprocessingml') });
  });

  it('accepts DOCX written by a streaming zip writer (sizes in data descriptors)', () => {
    expect(sniffFileType(docx(true))).toMatchObject({ ok: true, extension: 'docx' });
  });

  it('accepts XLSX by its xl/ entries', () => {
    expect(sniffFileType(xlsx())).toEqual({
      ok: true,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    });
  });

  it('walks the entries rather than searching the bytes: a stored DOCX inside an entry does not count', () => {
    const workbookWithEmbeddedDocx = zip([
      { name: '[Content_Types].xml', data: contentTypes },
      { name: 'customXml/attachment.bin', data: docx(), stored: true },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    ]);
    expect(sniffFileType(workbookWithEmbeddedDocx)).toMatchObject({ ok: true, extension: 'xlsx' });
  });

  it('rejects a plain ZIP archive with a specific reason', () => {
    const archive = zip([{ name: 'scan.pdf', data: Buffer.from('%PDF-1.4') }]);
    const result = sniffFileType(archive);
    expect(result).toMatchObject({ ok: false, reasonEn: expect.stringContaining('ZIP') });
  });

  it('rejects a ZIP whose word/ entry lies beyond the sniffed head', () => {
    const padding = { name: 'docProps/thumbnail.bin', data: Buffer.alloc(SNIFF_BYTES, 1), stored: true };
    const late = zip([padding, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    expect(sniffFileType(late.subarray(0, SNIFF_BYTES))).toMatchObject({ ok: false });
  });

  it('rejects a Windows executable renamed to .pdf (the name is never consulted)', () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(56)]);
    expect(sniffFileType(exe)).toEqual({
      ok: false,
      reasonVi: 'Định dạng tệp không được chấp nhận (chỉ nhận PDF, JPEG, PNG, DOCX, XLSX)',
      reasonEn: 'File type not accepted (only PDF, JPEG, PNG, DOCX, XLSX are allowed)',
    });
  });

  it('rejects text, HTML, and a PDF header that is not at offset 0', () => {
    for (const text of ['Hồ sơ đề nghị hỗ trợ\n', '<html><script>alert(1)</script>', ' %PDF-1.7']) {
      expect(sniffFileType(Buffer.from(text, 'utf8'))).toMatchObject({ ok: false });
    }
  });

  it('rejects truncated signatures', () => {
    expect(sniffFileType(Buffer.from('%PDF', 'latin1'))).toMatchObject({ ok: false });
    expect(sniffFileType(Buffer.from([0xff, 0xd8]))).toMatchObject({ ok: false });
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toMatchObject({ ok: false });
    expect(sniffFileType(Buffer.from('PK\x03\x04\x14\x00', 'latin1'))).toMatchObject({ ok: false });
  });

  it('rejects an empty file with its own reason', () => {
    const result = sniffFileType(Buffer.alloc(0));
    expect(result).toEqual({ ok: false, reasonVi: expect.stringContaining('rỗng'), reasonEn: expect.any(String) });
  });
});
