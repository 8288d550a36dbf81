import { useMemo } from 'react';
import { Button, Card, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, LockOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyProblem } from '../../../lib/errors';
import { useSession } from '../../../lib/session';
import { venuePagesQuery, type Venue } from '../api';
import { usePlaceLabels } from '../labels';
import { ClassTag } from './ClassTag';
import type { VenueFilterValues } from './VenueFilters';

/** The venues that pass the filters, a page at a time: name opens the details, edit for managers. */
export function VenueTable({ filters, onOpen, onEdit }: { filters: VenueFilterValues; onOpen(v: Venue): void; onEdit(v: Venue): void }) {
  const L = usePlaceLabels();
  const { t } = L;
  const { t: tc } = useTranslation();
  const { propertyId, can } = useSession();
  const canManage = can('places.manage');

  const params = {
    propertyId,
    buildingId: filters.buildingId,
    venueClass: filters.venueClass,
    minSeats: filters.minSeats ?? undefined,
    equipment: filters.equipment.join(','),
    bookable: filters.bookable,
    q: filters.q,
  };
  const list = useInfiniteQuery(venuePagesQuery(propertyId, params));
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);

  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: ColumnsType<Venue> = [
    { title: t('venues.col.code'), dataIndex: 'code', width: 86, render: (c: string) => <span style={{ whiteSpace: 'nowrap' }}>{c}</span> },
    {
      title: t('venues.col.name'),
      dataIndex: 'name',
      width: 150,
      render: (_, v) => (
        <div>
          <Typography.Link onClick={() => onOpen(v)} data-testid="venue-name-link">
            {v.name}
          </Typography.Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {L.venueType(v.venueType)}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('venues.col.location'),
      key: 'loc',
      width: 100,
      render: (_, v) => (
        <>
          {v.buildingName}
          {v.floorLabel ? ` · ${v.floorLabel}` : ''}
        </>
      ),
    },
    { title: t('venues.col.class'), key: 'class', width: 130, render: (_, v) => <ClassTag venue={v} /> },
    { title: t('venues.col.seats'), dataIndex: 'seats', width: 60, align: 'right' },
    {
      title: t('venues.col.layouts'),
      key: 'layouts',
      width: 150,
      render: (_, v) =>
        v.layouts.length ? (
          <Space size={[4, 4]} wrap>
            {v.layouts.map((l) => (
              <Tag key={l.layout} color={l.layout === v.defaultLayout ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
                {L.layout(l.layout)} {l.capacity}
              </Tag>
            ))}
          </Space>
        ) : (
          dash
        ),
    },
    {
      title: t('venues.col.equipment'),
      key: 'equipment',
      render: (_, v) =>
        v.equipment.length ? (
          <Typography.Text style={{ fontSize: 12 }}>
            {v.equipment.map((e) => (e.qty > 1 ? `${L.equipment(e.code)}×${e.qty}` : L.equipment(e.code))).join(t('venues.sep'))}
          </Typography.Text>
        ) : (
          dash
        ),
    },
    {
      title: t('venues.col.linked'),
      key: 'linked',
      width: 120,
      render: (_, v) =>
        v.linkedVenues.length ? (
          <Typography.Text style={{ fontSize: 12 }}>{v.linkedVenues.map((x) => x.name).join(t('venues.sep'))}</Typography.Text>
        ) : (
          dash
        ),
    },
    {
      title: t('venues.col.flags'),
      key: 'flags',
      width: 92,
      render: (_, v) => (
        <Space size={[4, 4]} wrap>
          {v.bookable ? (
            <Tag color="success" style={{ marginInlineEnd: 0 }}>
              {t('venues.bookable')}
            </Tag>
          ) : (
            <Tag style={{ marginInlineEnd: 0 }}>{t('venues.notBookable')}</Tag>
          )}
          {v.restricted && (
            <Tooltip title={v.allowedOrganizations.map((o) => o.name).join(t('venues.sep'))}>
              <Tag icon={<LockOutlined />} color="purple" style={{ marginInlineEnd: 0 }} data-testid="venue-restricted-tag">
                {t('venues.restricted')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];
  if (canManage) {
    columns.push({
      title: '',
      key: 'actions',
      width: 44,
      align: 'center',
      render: (_, v) =>
        v.policies.update ? (
          <Tooltip title={tc('action.edit')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => onEdit(v)}
              aria-label={tc('action.edit')}
              data-testid="venue-edit"
            />
          </Tooltip>
        ) : null,
    });
  }

  return (
    <Card size="small" styles={{ body: { padding: 0 } }}>
      <Table<Venue>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={list.isLoading || (list.isFetching && !list.isFetchingNextPage)}
        pagination={false}
        scroll={{ x: 1100 }}
        data-testid="venue-table"
        locale={{
          emptyText: list.isError ? (
            <Empty description={applyProblem(list.error, undefined, t('common.loadError'))} />
          ) : (
            <Empty description={tc('msg.noData')} />
          ),
        }}
        footer={() => (
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text type="secondary">
              {t('venues.count', { count: rows.length })}
              {list.hasNextPage ? '+' : ''}
            </Typography.Text>
            {list.hasNextPage && (
              <Button size="small" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t('venues.loadMore')}
              </Button>
            )}
          </Space>
        )}
      />
    </Card>
  );
}
