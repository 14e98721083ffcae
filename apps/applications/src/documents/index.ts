export { type DocumentStorage } from './document-storage';
export { assertValidDocumentKey } from './document-key';
export {
  DocumentNotFoundError,
  DocumentTooLargeError,
  InvalidDocumentKeyError,
  UnsupportedFileTypeError,
} from './errors';
export { type AllowedExtension, SNIFF_BYTES, type SniffResult, sniffFileType } from './file-type-sniffer';
export { LocalDiskStorage, type LocalDiskStorageOptions } from './local-disk-storage';
export { type StoredUpload, storeSniffedUpload } from './sniffing-upload';
