import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, LockOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EQUIPMENT, VENUE_CLASSES, type VenueClass } from '@hy/contracts';
import { applyProblem } from '../../lib/errors';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { useArchiveVenue, useBuildings, venuePagesQuery, type Venue } from './api';
import { CLASS_COLORS, usePlaceLabels } from './labels';
import { VenueForm } from './venues/VenueForm';

interface Filters {
  buildingId?: string;
  venueClass?: VenueClass;
  minSeats?: number | null;
  equipment: string[];
  bookable?: 'true' | 'false';
  q?: string;
}

function ClassTag({ venue }: { venue: Venue }) {
  const L = usePlaceLabels();
  return (
    <Tooltip title={L.classDesc(venue.venueClass)}>
      <Space size={[4, 0]} wrap>
        <Tag color={CLASS_COLORS[venue.venueClass]} style={{ marginInlineEnd: 0 }}>
          {L.venueClass(venue.venueClass)}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {L.leadRule(venue.effectiveLeadTime)}
        </Typography.Text>
      </Space>
    </Tooltip>
  );
}

function VenueDetail({ venue }: { venue: Venue }) {
  const L = usePlaceLabels();
  const { t } = L;
  const { t: tc } = useTranslation();
  const F = (k: string) => t(`venues.field.${k}`);
  const none = <Typography.Text type="secondary">{t('venues.none')}</Typography.Text>;
  return (
    <Descriptions column={2} size="small" bordered labelStyle={{ width: 130 }}>
      <Descriptions.Item label={F('code')}>{venue.code}</Descriptions.Item>
      <Descriptions.Item label={F('name')}>{venue.name}</Descriptions.Item>
      <Descriptions.Item label={F('building')}>{venue.buildingName}</Descriptions.Item>
      <Descriptions.Item label={F('floor')}>{venue.floorLabel ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={F('venueType')}>{L.venueType(venue.venueType)}</Descriptions.Item>
      <Descriptions.Item label={F('venueClass')}>
        <Tag color={CLASS_COLORS[venue.venueClass]}>{L.venueClass(venue.venueClass)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={F('effectiveLeadTime')} span={2}>
        {L.leadRule(venue.effectiveLeadTime)}
        <Typography.Text type="secondary">
          {venue.effectiveLeadTime.source === 'class' ? t('venues.leadFromClass') : t('venues.leadFromVenue')}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {L.classDesc(venue.venueClass)}
          </Typography.Text>
        </div>
      </Descriptions.Item>
      <Descriptions.Item label={F('seats')}>{venue.seats}</Descriptions.Item>
      <Descriptions.Item label={F('minAttendees')}>{venue.minAttendees ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={F('layouts')} span={2}>
        {venue.layouts.length ? (
          <Table
            size="small"
            pagination={false}
            rowKey="layout"
            dataSource={venue.layouts}
            columns={[
              {
                title: F('layout'),
                dataIndex: 'layout',
                render: (l: string) => (
                  <>
                    {L.layout(l)}
                    {l === venue.defaultLayout && <Tag style={{ marginLeft: 6 }}>{t('venues.defaultLayout')}</Tag>}
                  </>
                ),
              },
              { title: F('capacity'), dataIndex: 'capacity', align: 'right' },
              { title: F('setupMinutes'), dataIndex: 'setupMinutes', align: 'right' },
              { title: F('cleanupMinutes'), dataIndex: 'cleanupMinutes', align: 'right' },
            ]}
          />
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={F('equipment')} span={2}>
        {venue.equipment.length ? (
          <Space size={[4, 4]} wrap>
            {venue.equipment.map((e) => (
              <Tag key={e.code}>
                {L.equipment(e.code)} × {e.qty}
              </Tag>
            ))}
          </Space>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={F('openHours')}>
        {venue.openFrom} – {venue.openTo}
      </Descriptions.Item>
      <Descriptions.Item label={F('bookable')}>
        {venue.bookable ? <Tag color="success">{t('venues.bookable')}</Tag> : <Tag>{t('venues.notBookable')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={F('linkedVenueIds')} span={2}>
        {venue.linkedVenues.length ? (
          <Space size={[4, 4]} wrap>
            {venue.linkedVenues.map((x) => (
              <Tag key={x.id}>
                {x.code} {x.name}
              </Tag>
            ))}
          </Space>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={F('restricted')} span={2}>
        {venue.restricted ? (
          <Space size={[4, 4]} wrap>
            <Tag icon={<LockOutlined />} color="purple">
              {t('venues.restricted')}
            </Tag>
            {venue.allowedOrganizations.map((o) => (
              <Tag key={o.id}>{o.name}</Tag>
            ))}
          </Space>
        ) : (
          tc('status.no')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={F('managerUserIds')} span={2}>
        {venue.managers.length ? venue.managers.map((m) => m.displayName).join(t('venues.sep')) : none}
      </Descriptions.Item>
      {venue.description && (
        <Descriptions.Item label={F('description')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{venue.description}</span>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

export default function VenuesPage() {
  const L = usePlaceLabels();
  const { t } = L;
  const { t: tc } = useTranslation();
  const { propertyId, can } = useSession();
  const canManage = can('places.manage');
  const [filters, setFilters] = useState<Filters>({ equipment: [] });
  const [search, setSearch] = useState('');
  const [detail, setDetail] = useState<Venue | null>(null);
  const [editing, setEditing] = useState<{ venue: Venue | null } | null>(null);
  const buildings = useBuildings(propertyId);

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

  const archive = useArchiveVenue(propertyId, { success: t('venues.archived'), onSuccess: setDetail });

  const setF = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: ColumnsType<Venue> = [
    { title: t('venues.col.code'), dataIndex: 'code', width: 86, render: (c: string) => <span style={{ whiteSpace: 'nowrap' }}>{c}</span> },
    {
      title: t('venues.col.name'),
      dataIndex: 'name',
      width: 150,
      render: (_, v) => (
        <div>
          <Typography.Link onClick={() => setDetail(v)} data-testid="venue-name-link">
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
              onClick={() => setEditing({ venue: v })}
              aria-label={tc('action.edit')}
              data-testid="venue-edit"
            />
          </Tooltip>
        ) : null,
    });
  }

  return (
    <>
      <PageHeader
        title={t('venues.title')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ venue: null })}
              data-testid="venue-create"
              disabled={!buildings.data?.length}
            >
              {t('venues.create')}
            </Button>
          )
        }
      />
      {canManage && buildings.isSuccess && buildings.data.length === 0 && (
        <Alert type="info" showIcon message={t('venues.noBuildings')} style={{ marginBottom: 12 }} />
      )}
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
              setFilters({ equipment: [] });
              setSearch('');
            }}
          >
            {tc('action.reset')}
          </Button>
        </Space>
      </Card>
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

      <Drawer
        open={!!detail}
        onClose={() => setDetail(null)}
        width={680}
        title={detail ? `${detail.code} · ${detail.name}` : t('venues.detail')}
        extra={
          detail && (
            <Space>
              <HistoryDrawer entityType="venue" entityId={detail.id} title={detail.name} />
              {detail.policies.update && (
                <Button icon={<EditOutlined />} onClick={() => setEditing({ venue: detail })}>
                  {tc('action.edit')}
                </Button>
              )}
              {detail.policies.archive && (
                <Popconfirm
                  title={t('venues.archiveConfirm')}
                  onConfirm={() => archive.mutate(detail.id)}
                  okText={tc('action.confirm')}
                  cancelText={tc('action.cancel')}
                >
                  <Button danger icon={<StopOutlined />} loading={archive.isPending} data-testid="venue-archive">
                    {t('venues.archive')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          )
        }
      >
        {detail && <VenueDetail venue={detail} />}
      </Drawer>

      <VenueForm
        open={!!editing}
        venue={editing?.venue ?? null}
        onClose={() => setEditing(null)}
        onSaved={(v) => {
          setEditing(null);
          if (detail) setDetail(v);
        }}
      />
    </>
  );
}
