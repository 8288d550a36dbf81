import { Button, Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CalendarOverride as Override } from '@hy/contracts';
import { useSession } from '../../lib/session';
import { Confirm } from '../../components/Confirm';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { RowActions } from '../../components/RowActions';
import { overridesQuery, useRemoveOverride } from './api';
import type { OverrideKind } from './import/parseLines';
import { OverrideKindTag } from './OverrideKindTag';
import type { OverrideDraft } from './WorkCalendarCard';

/** The year's overrides (a manager's own holidays and working days): edit, history, delete. */
export function OverridesCard({ year, onEdit }: { year: number; onEdit(draft: OverrideDraft): void }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const overrides = useQuery(overridesQuery(propertyId, year, true));
  const remove = useRemoveOverride(propertyId, { success: tc('msg.deleted') });

  const columns: ColumnsType<Override> = [
    { title: t('overrides.date'), dataIndex: 'date', width: 110 },
    { title: t('overrides.weekday'), key: 'w', width: 90, render: (_, o) => dayjs(o.date).format('ddd') },
    {
      title: t('overrides.kind'),
      dataIndex: 'kind',
      width: 140,
      render: (k: OverrideKind) => <OverrideKindTag kind={k} />,
    },
    { title: t('overrides.name'), dataIndex: 'name', ellipsis: true, render: (n) => n ?? '—' },
    { title: t('overrides.createdAt'), dataIndex: 'createdAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    {
      title: tc('field.actions'),
      key: 'a',
      width: 200,
      render: (_, o) => (
        <RowActions>
          <Button
            size="small"
            type="link"
            onClick={() => onEdit({ date: o.date, kind: o.kind, name: o.name, editing: true })}
            data-testid="override-edit"
          >
            {tc('action.edit')}
          </Button>
          <HistoryDrawer entityType="calendar_day" entityId={`${o.propertyId}:${o.date}`} title={o.date} />
          <Confirm title={t('overrides.deleteConfirm')} onConfirm={() => remove.mutate(o.date)}>
            <Button size="small" type="link" danger data-testid="override-delete">
              {tc('action.delete')}
            </Button>
          </Confirm>
        </RowActions>
      ),
    },
  ];

  return (
    <Card size="small" title={t('overrides.title', { year })} styles={{ body: { padding: 0 } }} data-testid="calendar-overrides">
      <Table<Override>
        rowKey="date"
        size="small"
        columns={columns}
        dataSource={overrides.data?.data ?? []}
        loading={overrides.isLoading}
        pagination={{ pageSize: 15, hideOnSinglePage: true, size: 'small' }}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('overrides.empty') }}
      />
    </Card>
  );
}
