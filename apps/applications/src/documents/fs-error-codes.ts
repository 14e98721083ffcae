/** A missing file or directory. */
export function isMissing(error: unknown): boolean {
  // ENOTDIR: a parent segment of the key is a file (`a` stored, then `a/b` requested).
  return hasCode(error, 'ENOENT') || hasCode(error, 'ENOTDIR');
}

export function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
}
