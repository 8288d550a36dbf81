/** The handover history: filter by date, shift and state; a table at the desk, cards on a phone; click to view. */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Select, Space, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { ShiftHandoverSummary } from '@hy/contracts';
import { PagedTable } from '../../../components/PagedTable';
import { NextPageFooter } from '../../../components/NextPageFooter';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { handoverExportUrl, handoversQuery, type HandoverFilter } from './api';
import { useWhen } from './useWhen';

function StateTag({ h }: { h: ShiftHandoverSummary }) {
  const { t } = useTranslation('handover');
  return (
    <>
      <Tag color={h.state === 'accepted' ? 'green' : 'orange'}>{t(`state.${h.state}`)}</Tag>
      {h.state === 'submitted' && h.pendingCount > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('history.pending', { count: h.pendingCount })}
        </Typography.Text>
      )}
    </>
  );
}

export function HandoverHistory({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation('handover');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const when = useWhen();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [shift, setShift] = useState<HandoverFilter['shift']>();
  const [state, setState] = useState<HandoverFilter['state']>();
  const f: HandoverFilter = {
    shift,
    state,
    from: range?.[0]?.startOf('day').toISOString(),
    to: range?.[1]?.add(1, 'day').startOf('day').toISOString(),
  };
  const list = useInfiniteQuery(handoversQuery(propertyId, f));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const shiftLabel = (h: ShiftHandoverSummary) => `${t(`shift.${h.shift}`)} ${when(h.shiftStart)} – ${when(h.shiftEnd)}`;
  return (
    <Card
      title={t('history.title')}
      size="small"
      extra={
        <Button icon={<FileExcelOutlined />} href={handoverExportUrl(propertyId, f)} data-testid="handover-xlsx">
          {phone ? null : t('xlsx')}
        </Button>
      }
      data-testid="handover-history"
    >
      <Space wrap style={{ marginBottom: 8, width: '100%' }}>
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} style={{ maxWidth: '100%' }} />
        <Select
          allowClear
          placeholder={t('history.shift')}
          value={shift}
          onChange={setShift}
          style={{ width: 120 }}
          options={(['day', 'evening'] as const).map((s) => ({ value: s, label: t(`shift.${s}`) }))}
        />
        <Select
          allowClear
          placeholder={t('history.state')}
          value={state}
          onChange={setState}
          style={{ width: 120 }}
          options={(['submitted', 'accepted'] as const).map((s) => ({ value: s, label: t(`state.${s}`) }))}
        />
      </Space>
      {phone ? (
        <>
          {!list.isLoading && rows.length === 0 && <Empty description={t('history.none')} />}
          <Space direction="vertical" style={{ width: '100%' }}>
            {rows.map((h) => (
              <Card key={h.id} size="small" onClick={() => onOpen(h.id)} data-testid="handover-row" style={{ cursor: 'pointer' }}>
                <Typography.Text strong>{shiftLabel(h)}</Typography.Text>
                <div>
                  <StateTag h={h} />
                </div>
                <div className="ho-item-sub">
                  {h.writtenByName} → {h.acceptedByName ?? '…'} · {t('history.items')} {h.itemCount}
                </div>
              </Card>
            ))}
          </Space>
          <NextPageFooter list={list} total={t('history.count', { count: rows.length })} loadMore={t('history.more')} />
        </>
      ) : (
        <PagedTable<ShiftHandoverSummary>
          list={list}
          dataSource={rows}
          size="small"
          tableLayout="fixed"
          onRow={(h) => ({ onClick: () => onOpen(h.id), style: { cursor: 'pointer' }, 'data-testid': 'handover-row' }) as object}
          columns={[
            { title: t('history.start'), key: 'shift', width: 230, render: (_: unknown, h) => shiftLabel(h) },
            { title: t('history.writer'), dataIndex: 'writtenByName', width: 100 },
            { title: t('history.taker'), dataIndex: 'acceptedByName', width: 100, render: (v: string | null) => v ?? '' },
            { title: t('history.items'), dataIndex: 'itemCount', width: 70 },
            { title: t('current.notes'), dataIndex: 'notes', ellipsis: true, render: (v: string | null) => v ?? '' },
            { title: t('history.state'), key: 'state', width: 170, render: (_: unknown, h) => <StateTag h={h} /> },
          ]}
          empty={t('history.none')}
          total={t('history.count', { count: rows.length })}
          loadMore={t('history.more')}
        />
      )}
    </Card>
  );
}
