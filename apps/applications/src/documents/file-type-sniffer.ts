// Decides an upload's type from its first bytes only. The file name and the client's Content-Type are
// attacker-controlled, so they are never consulted: an `.exe` renamed `report.pdf` is still an `.exe`.

/**
 * How many leading bytes the caller must provide (fewer is fine when the file itself is shorter).
 * PDF/JPEG/PNG need at most 8 bytes; the budget is for OOXML, whose `word/` or `xl/` entries come after
 * `[Content_Types].xml`, `_rels/.rels` and sometimes `docProps/*` (each usually < 2 KiB compressed).
 * 16 KiB leaves a wide margin for real producers while keeping the per-upload buffer trivial.
 */
export const SNIFF_BYTES = 16 * 1024;

export type AllowedExtension = 'pdf' | 'jpg' | 'png' | 'docx' | 'xlsx';

export type SniffResult =
  { ok: true; mime: string; extension: AllowedExtension } | { ok: false; reasonVi: string; reasonEn: string };

const NOT_ALLOWED = {
  ok: false,
  reasonVi: 'Định dạng tệp không được chấp nhận (chỉ nhận PDF, JPEG, PNG, DOCX, XLSX)',
  reasonEn: 'File type not accepted (only PDF, JPEG, PNG, DOCX, XLSX are allowed)',
} as const;

const EMPTY = {
  ok: false,
  reasonVi: 'Tệp rỗng (0 byte), vui lòng chọn lại tệp',
  reasonEn: 'The file is empty (0 bytes), please choose another file',
} as const;

const PLAIN_ZIP = {
  ok: false,
  reasonVi:
    'Tệp nén ZIP không được chấp nhận; chỉ nhận tài liệu Word (DOCX) hoặc Excel (XLSX). Vui lòng giải nén và tải lên từng tệp',
  reasonEn:
    'ZIP archives are not accepted; only Word (DOCX) or Excel (XLSX) documents. Please extract and upload each file',
} as const;

const PDF = Buffer.from('%PDF-', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function sniffFileType(head: Buffer): SniffResult {
  if (head.length === 0) return EMPTY;
  // Strict: `%PDF-` must be at offset 0. Readers tolerate junk before it, but every PDF producer we
  // receive from writes it first, and tolerating a prefix is how polyglot files slip through.
  if (startsWith(head, PDF)) return { ok: true, mime: 'application/pdf', extension: 'pdf' };
  if (startsWith(head, JPEG)) return { ok: true, mime: 'image/jpeg', extension: 'jpg' };
  if (startsWith(head, PNG)) return { ok: true, mime: 'image/png', extension: 'png' };
  if (startsWith(head, ZIP_LOCAL_HEADER)) return sniffOfficeOpenXml(head);
  return NOT_ALLOWED;
}

function startsWith(buf: Buffer, prefix: Buffer): boolean {
  return buf.length >= prefix.length && buf.subarray(0, prefix.length).equals(prefix);
}

/**
 * Walks the ZIP local file headers visible in `head`; the first entry under `word/` or `xl/` decides.
 * Walking (rather than searching the bytes for "word/") matters: an XLSX may embed a stored DOCX whose
 * inner headers would otherwise be mistaken for the outer document's.
 */
function sniffOfficeOpenXml(head: Buffer): SniffResult {
  for (const name of localEntryNames(head)) {
    if (name.startsWith('word/')) {
      return {
        ok: true,
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    }
    if (name.startsWith('xl/')) {
      return { ok: true, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
    }
  }
  return PLAIN_ZIP;
}

// Local file header layout (APPNOTE 4.3.7): signature(4) version(2) flags(2) method(2) time(2) date(2)
// crc(4) compressedSize(4) size(4) nameLength(2) extraLength(2), then name and extra field, then data.
const HEADER_FIXED = 30;
const FLAG_DATA_DESCRIPTOR = 0x0008;

function* localEntryNames(head: Buffer): Generator<string> {
  let offset = 0;
  while (offset + HEADER_FIXED <= head.length && head.readUInt32LE(offset) === 0x04034b50) {
    const flags = head.readUInt16LE(offset + 6);
    const compressedSize = head.readUInt32LE(offset + 18);
    const nameLength = head.readUInt16LE(offset + 26);
    const extraLength = head.readUInt16LE(offset + 28);
    const nameStart = offset + HEADER_FIXED;
    if (nameStart + nameLength > head.length) return; // name cut off by the end of the sniffed head
    yield head.toString('latin1', nameStart, nameStart + nameLength);

    const dataStart = nameStart + nameLength + extraLength;
    if (flags & FLAG_DATA_DESCRIPTOR) {
      // Streaming writers put the sizes after the data, so the header's size is 0: fall back to the next
      // signature. A false hit inside compressed data is possible but only ever yields another name.
      const next = head.indexOf(ZIP_LOCAL_HEADER, dataStart);
      if (next < 0) return;
      offset = next;
    } else {
      offset = dataStart + compressedSize;
    }
  }
}
