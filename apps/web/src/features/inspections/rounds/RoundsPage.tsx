/** 巡检任务 (desk): a day's rounds filtered by area, inspector and state, live; and the month's 巡视统计表. */
import { useMemo, useState } from 'react';
import { Button, DatePicker, Select, Space, Table, Tabs, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ROUND_STATES, type RoundStatsRow, type RoundSummary } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useDateTime } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { generateRounds, ROUNDS_LIVE_TOPICS, roundsKeys, roundsQuery, roundStatsQuery, statsExportUrl } from './api';
import { StateTag } from './StateTag';

export default function RoundsPage() {
  const { t } = useTranslation('patrolRounds');
  const { propertyId, can } = useSession();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'stats' ? 'stats' : 'list';
  useLive(ROUNDS_LIVE_TOPICS, [roundsKeys.all], propertyId);
  return (
    <>
      <PageHeader title={t('nav.title')} />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'stats' ? { tab: k } : {})}
        items={[
          { key: 'list', label: t('tabs.list'), children: <RoundsList manage={can('inspections.plans.manage')} /> },
          { key: 'stats', label: t('tabs.stats'), children: <Stats /> },
        ]}
      />
    </>
  );
}

function RoundsList({ manage }: { manage: boolean }) {
  const { t } = useTranslation('patrolRounds');
  const { propertyId } = useSession();
  const navigate = useNavigate();
  const fmt = useDateTime();
  const [params] = useSearchParams();
  const [date, setDate] = useState(() =>
    /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? params.get('date')! : dayjs().format('YYYY-MM-DD'),
  );
  const [area, setArea] = useState<string>();
  const [inspector, setInspector] = useState<string>();
  const [state, setState] = useState<string>();
  const q = useQuery(roundsQuery(propertyId, { date, state }));
  const all = useMemo(() => q.data?.data ?? [], [q.data]);
  const areas = useMemo(() => [...new Set(all.map((r) => r.area))], [all]);
  const people = useMemo(() => [...new Set(all.map((r) => r.assigneeName).filter(Boolean) as string[])], [all]);
  const rows = all.filter((r) => (!area || r.area === area) && (!inspector || r.assigneeName === inspector));
  const gen = useApiMutation({
    mutationFn: () => generateRounds(propertyId!),
    invalidate: [roundsKeys.all],
    success: (d) => t('generated', { count: d.created }),
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          value={dayjs(date)}
          allowClear={false}
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
          data-testid="rounds-date"
        />
        <Select
          allowClear
          placeholder={t('filter.area')}
          style={{ width: 150 }}
          value={area}
          onChange={setArea}
          options={areas.map((a) => ({ value: a, label: a }))}
        />
        <Select
          allowClear
          placeholder={t('filter.inspector')}
          style={{ width: 120 }}
          value={inspector}
          onChange={setInspector}
          options={people.map((a) => ({ value: a, label: a }))}
        />
        <Select
          allowClear
          placeholder={t('filter.state')}
          style={{ width: 120 }}
          value={state}
          onChange={setState}
          options={ROUND_STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
        />
        {manage && (
          <Button icon={<PlusOutlined />} onClick={() => gen.mutate()} loading={gen.isPending}>
            {t('generate')}
          </Button>
        )}
      </Space>
      <Table<RoundSummary>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('none') }}
        onRow={(r) => ({ onClick: () => navigate(`/inspections/rounds/${r.id}`), style: { cursor: 'pointer' } })}
        data-testid="rounds-table"
        columns={[
          { title: t('col.plan'), dataIndex: 'planName', render: (v) => <a>{v}</a> },
          { title: t('col.area'), dataIndex: 'area' },
          { title: t('col.window'), key: 'w', render: (_, r) => `${fmt(r.windowStart).slice(11)}–${fmt(r.windowEnd).slice(11)}` },
          { title: t('col.inspector'), dataIndex: 'assigneeName', render: (v) => v ?? t('unassigned') },
          { title: t('col.state'), key: 's', render: (_, r) => <StateTag state={r.state} late={r.late} /> },
          { title: t('col.progress'), key: 'p', render: (_, r) => `${r.visitedCount}/${r.checkpointCount}` },
          { title: t('col.failed'), dataIndex: 'failedCount', align: 'right' },
          { title: t('col.picked'), dataIndex: 'pickedCount', align: 'right' },
        ]}
      />
    </>
  );
}

function Stats() {
  const { t } = useTranslation('patrolRounds');
  const { propertyId } = useSession();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const q = useQuery(roundStatsQuery(propertyId, month));
  const data = q.data?.data ?? [];
  const keys = ['due', 'done', 'late', 'missed', 'picked', 'failed'] as const;
  const total = Object.fromEntries(keys.map((k) => [k, data.reduce((a, r) => a + r[k], 0)])) as Record<(typeof keys)[number], number>;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }} className="no-print">
        <DatePicker picker="month" value={dayjs(`${month}-01`)} allowClear={false} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} />
        <Button icon={<FileExcelOutlined />} href={statsExportUrl(propertyId, month)}>
          {t('stats.export')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('stats.print')}
        </Button>
      </Space>
      <Typography.Title level={5} style={{ textAlign: 'center' }}>
        {t('stats.title')} {month}
      </Typography.Title>
      <Table<RoundStatsRow>
        rowKey={(r) => `${r.area}|${r.inspector}`}
        size="small"
        loading={q.isLoading}
        dataSource={data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="rounds-stats"
        columns={[
          { title: t('col.area'), dataIndex: 'area' },
          { title: t('col.inspector'), dataIndex: 'inspector', render: (v) => v || t('unassigned') },
          ...keys.map((k) => ({ title: t(`stats.${k}`), dataIndex: k, align: 'right' as const })),
        ]}
        summary={() =>
          data.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                {t('stats.total')}
              </Table.Summary.Cell>
              {keys.map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 2} align="right">
                  {total[k]}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </>
  );
}
