import { useState, type Dispatch, type SetStateAction } from 'react';
import { Button, Card, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { EQUIPMENT, VENUE_CLASSES, type VenueClass } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useBuildings } from '../api';
import { usePlaceLabels } from '../labels';

export interface VenueFilterValues {
  buildingId?: string;
  venueClass?: VenueClass;
  minSeats?: number | null;
  equipment: string[];
  bookable?: 'true' | 'false';
  q?: string;
}

/** The venue list's filters: building, class, seats, equipment, bookable, a search; reset clears them all. */
export function VenueFilters({ filters, onChange }: { filters: VenueFilterValues; onChange: Dispatch<SetStateAction<VenueFilterValues>> }) {
  const L = usePlaceLabels();
  const { t } = L;
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const buildings = useBuildings(propertyId);
  const [search, setSearch] = useState('');
  const setF = (patch: Partial<VenueFilterValues>) => onChange((f) => ({ ...f, ...patch }));
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Space wrap size={[8, 8]}>
        <Select
          allowClear
          placeholder={t('venues.filter.building')}
          style={{ width: 150 }}
          value={filters.buildingId}
          onChange={(v) => setF({ buildingId: v })}
          options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          data-testid="filter-building"
        />
        <Select
          allowClear
          placeholder={t('venues.filter.class')}
          style={{ width: 110 }}
          value={filters.venueClass}
          onChange={(v) => setF({ venueClass: v })}
          options={VENUE_CLASSES.map((c) => ({ value: c, label: L.venueClass(c) }))}
          data-testid="filter-class"
        />
        <InputNumber
          min={0}
          placeholder={t('venues.filter.minSeats')}
          style={{ width: 120 }}
          value={filters.minSeats}
          onChange={(v) => setF({ minSeats: v })}
          data-testid="filter-min-seats"
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('venues.filter.equipment')}
          style={{ width: 220 }}
          value={filters.equipment}
          onChange={(v) => setF({ equipment: v })}
          options={EQUIPMENT.map((e) => ({ value: e, label: L.equipment(e) }))}
          optionFilterProp="label"
          data-testid="filter-equipment"
        />
        <Select
          allowClear
          placeholder={t('venues.filter.bookable')}
          style={{ width: 120 }}
          value={filters.bookable}
          onChange={(v) => setF({ bookable: v })}
          options={[
            { value: 'true', label: t('venues.filter.bookableYes') },
            { value: 'false', label: t('venues.filter.bookableNo') },
          ]}
          data-testid="filter-bookable"
        />
        <Input.Search
          allowClear
          placeholder={t('venues.filter.search')}
          style={{ width: 200 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => setF({ q: v.trim() || undefined })}
          data-testid="filter-search"
        />
        <Button
          onClick={() => {
            onChange({ equipment: [] });
            setSearch('');
          }}
        >
          {tc('action.reset')}
        </Button>
      </Space>
    </Card>
  );
}
