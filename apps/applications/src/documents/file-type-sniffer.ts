// Decides an upload's type from its first bytes only. The file name and the client's Content-Type are
// attacker-controlled, so they are never consulted: an `.exe` renamed `report.pdf` is still an `.exe`.

import { sniffOfficeOpenXml } from './office-open-xml';
import { ZIP_LOCAL_HEADER } from './zip-entry-names';

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

const PDF = Buffer.from('%PDF-', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
