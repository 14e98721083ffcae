import type { StaffEntry } from '../api/directory';
import { DirectoryPicker } from './directory-picker';

/** The council members' picker every council form uses: a `useState` pair, the least number, whether sent. */
export function CouncilPicker({
  legend,
  chosen: [selected, onChange],
  min = 1,
  tried,
}: {
  legend: string;
  chosen: [StaffEntry[], (next: StaffEntry[]) => void];
  min?: number;
  tried: boolean;
}) {
  return (
    <DirectoryPicker
      role="COUNCIL_MEMBER"
      legend={legend}
      selected={selected}
      onChange={onChange}
      min={min}
      showMissing={tried}
    />
  );
}
