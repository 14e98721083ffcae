// The shape a catalogue must have: the same keys as the Vietnamese one, any text at the leaves.
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
