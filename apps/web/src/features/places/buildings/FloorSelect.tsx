import { Select, type SelectProps } from 'antd';
import { useSession } from '../../../lib/session';
import { useFloors } from '../api';

/** Pick one floor of the chosen building (none chosen: disabled); a form field's value and onChange pass through. */
export function FloorSelect({ buildingId, ...field }: { buildingId: string | null | undefined } & SelectProps<string | null>) {
  const { propertyId } = useSession();
  const floors = useFloors(propertyId, buildingId);
  return (
    <Select
      {...field}
      allowClear
      disabled={!buildingId}
      loading={floors.isLoading}
      options={(floors.data ?? []).map((f) => ({ value: f.id, label: f.label }))}
    />
  );
}
