/** The schema the running service reads and writes (a rebuild fills another one, then swaps it in). */
export const OPERATIONS_SCHEMA = 'operations';
