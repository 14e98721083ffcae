/** `($1, $2), ($3, $4)` for a multi-row INSERT of `rows` rows of `columns` values. */
export const placeholders = (rows: number, columns: number) =>
  Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`,
  ).join(', ');
