/** The board's toolbar: day or week, back, the date, forward, today; building, class, capacity and equipment filters; refresh. */
import { Button, DatePicker, InputNumber, Segmented, Select, Space, Tooltip } from 'antd';
import { LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { EQUIPMENT, VENUE_CLASSES } from '@hy/contracts';
import { useBookingLabels } from '../labels';
import { mondayOf } from './board';
import type { VenueFilters } from './useBoardVenues';

export function BoardToolbar({
  view,
  date,
  today,
  days,
  onDate,
  filters,
  onFilters,
  buildings,
  fetching,
  onRefresh,
}: {
  view: 'day' | 'week';
  date: Dayjs;
  today: Dayjs;
  /** how far back and forward moves */
  days: number;
  onDate(d: Dayjs, view?: string): void;
  filters: VenueFilters;
  onFilters(update: (f: VenueFilters) => VenueFilters): void;
  buildings: { value: string; label: string }[];
  fetching: boolean;
  onRefresh(): void;
}) {
  const { t, P } = useBookingLabels();
  return (
    <div className="bk-toolbar">
      <Space size={6} wrap>
        <Segmented
          value={view}
          onChange={(v) => onDate(date, String(v))}
          options={[
            { value: 'day', label: t('board.day') },
            { value: 'week', label: t('board.week') },
          ]}
          data-testid="view-switch"
        />
        <Button
          icon={<LeftOutlined />}
          onClick={() => onDate(date.subtract(days, 'day'))}
          aria-label={t('board.prev')}
          data-testid="prev-day"
        />
        <DatePicker
          value={date}
          allowClear={false}
          onChange={(d) => d && onDate(d)}
          picker="date"
          style={{ width: 150 }}
          format={(d) =>
            view === 'week' ? `${mondayOf(d).format('MM-DD')}~${mondayOf(d).add(6, 'day').format('MM-DD')}` : d.format('YYYY-MM-DD ddd')
          }
          data-testid="board-date"
        />
        <Button
          icon={<RightOutlined />}
          onClick={() => onDate(date.add(days, 'day'))}
          aria-label={t('board.next')}
          data-testid="next-day"
        />
        <Button onClick={() => onDate(today)} disabled={date.isSame(today, 'day')}>
          {t('board.today')}
        </Button>
        <Select
          allowClear
          placeholder={t('board.filter.building')}
          style={{ width: 120 }}
          value={filters.buildingId}
          options={buildings}
          onChange={(buildingId) => onFilters((f) => ({ ...f, buildingId }))}
        />
        <Select
          allowClear
          placeholder={t('board.filter.class')}
          style={{ width: 100 }}
          value={filters.venueClass}
          options={VENUE_CLASSES.map((c) => ({ value: c, label: P.venueClass(c) }))}
          onChange={(venueClass) => onFilters((f) => ({ ...f, venueClass }))}
        />
        <InputNumber
          min={1}
          placeholder={t('board.filter.minCapacity')}
          style={{ width: 110 }}
          value={filters.minCapacity}
          onChange={(minCapacity) => onFilters((f) => ({ ...f, minCapacity }))}
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('board.filter.equipment')}
          style={{ width: 180 }}
          value={filters.equipment}
          options={EQUIPMENT.map((e) => ({ value: e, label: P.equipment(e) }))}
          onChange={(equipment) => onFilters((f) => ({ ...f, equipment }))}
        />
        <Tooltip title={t('board.refresh')}>
          <Button icon={<ReloadOutlined spin={fetching} />} onClick={onRefresh} />
        </Tooltip>
      </Space>
    </div>
  );
}
