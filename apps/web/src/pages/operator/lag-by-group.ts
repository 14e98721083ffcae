import type { PartitionLag } from '@kc/contracts';

/** The 15 consumer groups furthest behind, with their lag summed over partitions; groups at 0 left out. */
export function lagByGroup(items: readonly PartitionLag[]): [string, number][] {
  const perGroup = new Map<string, number>();
  for (const r of items) perGroup.set(r.group, (perGroup.get(r.group) ?? 0) + Number(r.lag));
  return [...perGroup.entries()]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15);
}
