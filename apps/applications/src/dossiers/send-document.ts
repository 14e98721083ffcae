import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Readable } from 'node:stream';
import type { DocumentRow } from './document.row';

/** Answers a document download: its type, its (UTF-8) file name as an attachment, and its content. */
export function sendDocument(res: Response, doc: DocumentRow, stream: Readable): StreamableFile {
  res.setHeader('Content-Type', doc.mime);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.file_name)}`);
  return new StreamableFile(stream);
}
