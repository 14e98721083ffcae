// Shared reference queries: programmes and units change only with a new rule pack, so they stay fresh long.
import { useQuery } from '@tanstack/react-query';
import { Applications } from './applications';

const LONG = 10 * 60_000;

export const usePrograms = () => useQuery({ queryKey: ['programs'], queryFn: Applications.programs, staleTime: LONG });

/** Đồng Nai's units valid today, from the applications service (`/units`): never a copied list. */
export const useUnits = () => useQuery({ queryKey: ['units'], queryFn: Applications.units, staleTime: LONG });

/** "Xã Long Thành" for X-LONG-THANH, or the code while the list loads. */
export function useUnitName(): (code: string | null | undefined) => string {
  const units = useUnits();
  return (code) => (code ? (units.data?.items.find((u) => u.code === code)?.name ?? code) : '—');
}
