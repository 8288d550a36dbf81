/** The booking list's filters: date range, venue, status, organization (staff), and a search over number, topic, organizer, contact, venue. */
import { Card, DatePicker, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { BOOKING_STATUSES, type BookingStatus } from '@hy/contracts';
import type { Organization, Venue } from '../../places/api';
import { useBookingLabels } from '../labels';

export interface Filters {
  range: [Dayjs | null, Dayjs | null] | null;
  venueId?: string;
  status?: BookingStatus;
  organizationId?: string;
  q: string;
}

export function BookingFilters({
  filters,
  setFilters,
  venues,
  orgs,
}: {
  filters: Filters;
  setFilters(update: (f: Filters) => Filters): void;
  venues: Venue[];
  /** the organizations to filter by; none for an organizer's own list */
  orgs: Organization[] | null;
}) {
  const L = useBookingLabels();
  const { t } = L;
  return (
    <Card size="small" className="bk-filters">
      <Space wrap size={8}>
        <DatePicker.RangePicker
          value={filters.range}
          allowEmpty={[true, true]}
          onChange={(range) => setFilters((f) => ({ ...f, range: range as Filters['range'] }))}
          placeholder={[t('list.from'), t('list.to')]}
          style={{ width: 250 }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('field.venue')}
          style={{ width: 200 }}
          value={filters.venueId}
          options={venues.map((v) => ({ value: v.id, label: `${v.code} ${v.name}` }))}
          onChange={(venueId) => setFilters((f) => ({ ...f, venueId }))}
        />
        <Select
          allowClear
          placeholder={t('field.status')}
          style={{ width: 110 }}
          value={filters.status}
          data-testid="status-filter"
          options={BOOKING_STATUSES.map((s) => ({ value: s, label: L.status(s) }))}
          onChange={(status) => setFilters((f) => ({ ...f, status }))}
        />
        {orgs && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('field.organization')}
            style={{ width: 200 }}
            value={filters.organizationId}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            onChange={(organizationId) => setFilters((f) => ({ ...f, organizationId }))}
          />
        )}
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('list.search')}
          style={{ width: 220 }}
          value={filters.q}
          onChange={(e) => setFilters((f) => ({ ...f, q: e.target.value }))}
          data-testid="booking-search"
        />
      </Space>
    </Card>
  );
}
