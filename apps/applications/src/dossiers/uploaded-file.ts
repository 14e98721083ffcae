/** A file as multer hands it over: the whole content in memory and the name the browser sent. */
export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

/** Keeps only a file's own name, in NFC, without control characters, so it is safe to show and to send back. */
export function cleanFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? 'tep';
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').slice(-200) || 'tep';
}
