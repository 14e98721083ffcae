import type { SniffResult } from './file-type-sniffer';
import { localEntryNames } from './zip-entry-names';

const PLAIN_ZIP = {
  ok: false,
  reasonVi:
    'Tệp nén ZIP không được chấp nhận; chỉ nhận tài liệu Word (DOCX) hoặc Excel (XLSX). Vui lòng giải nén và tải lên từng tệp',
  reasonEn:
    'ZIP archives are not accepted; only Word (DOCX) or Excel (XLSX) documents. Please extract and upload each file',
} as const;

/**
 * Walks the ZIP local file headers visible in `head`; the first entry under `word/` or `xl/` decides.
 * Walking (rather than searching the bytes for "word/") matters: an XLSX may embed a stored DOCX whose
 * inner headers would otherwise be mistaken for the outer document's.
 */
export function sniffOfficeOpenXml(head: Buffer): SniffResult {
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
