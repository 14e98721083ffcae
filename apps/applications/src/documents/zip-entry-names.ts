/** The signature that starts a ZIP archive's local file header (PK\x03\x04). */
export const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

// Local file header layout (APPNOTE 4.3.7): signature(4) version(2) flags(2) method(2) time(2) date(2)
// crc(4) compressedSize(4) size(4) nameLength(2) extraLength(2), then name and extra field, then data.
const HEADER_FIXED = 30;
const FLAG_DATA_DESCRIPTOR = 0x0008;

/** The entry names of the local file headers that lie wholly within `head`, in archive order. */
export function* localEntryNames(head: Buffer): Generator<string> {
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
