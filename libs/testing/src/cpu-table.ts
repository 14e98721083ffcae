// How a benchmark prints the CPU time measured per component (cpu-accounting.ts).
/** The table a benchmark prints: CPU ms per unit (dossier, event) for each component, and totals. */
export function formatCpuTable(
  rows: { name: string; ms: number }[],
  units: number,
  unit: string,
  groups: Record<string, string[]> = {},
): string {
  const wall = rows.find((r) => r.name === '(wall clock)')!.ms;
  const parts = rows.filter((r) => r.name !== '(wall clock)');
  const total = parts.reduce((s, r) => s + r.ms, 0);
  const width = Math.max(...parts.map((r) => r.name.length), ...Object.keys(groups).map((g) => g.length), 12);
  const line = (name: string, ms: number) =>
    `  ${name.padEnd(width)} ${(ms / units).toFixed(2).padStart(8)} ms/${unit}  ${((ms / wall) * 100).toFixed(0).padStart(4)}% of a core`;
  const sum = (names: string[]) =>
    parts.filter((r) => names.some((n) => r.name.startsWith(n))).reduce((s, r) => s + r.ms, 0);
  return [
    `CPU per ${unit} over ${(wall / 1000).toFixed(1)} s and ${units} ${unit}s (from /proc; other work on the machine is not in these rows, but it slows them):`,
    ...parts.map((r) => line(r.name, r.ms)),
    ...Object.entries(groups).map(([g, names]) => line(g, sum(names))),
    line('total', total),
  ].join('\n');
}
