/** 工单中心: the service desk's case list with SLA states; emergencies not signed off pinned on top; live refresh. */
import { useMemo, useState } from 'react';
import { Button, Card, Checkbox, Col, DatePicker, Input, Row, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { CaseRow } from '@hy/contracts';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { CASE_KINDS, CASE_STATUSES, SEVERITIES, SLA_STATES } from '@hy/contracts';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { useSession } from '../../lib/session';
import { useLive } from '../../lib/live';
import { CASE_LIVE_TOPICS, caseKeys, casesInfiniteQuery, isPinned, useNow, type CaseFilters } from './api';
import { useCaseLabels } from './labels';
import { CaseStatusTag } from './status/CaseStatusTag';
import { EmergencyTag } from './status/EmergencyTag';
import { SeverityTag } from './status/SeverityTag';
import { SlaCell } from './status/SlaCell';
import { CloseUnresolvableModal } from './CloseUnresolvableModal';
import { PinnedEmergencies } from './PinnedEmergencies';

export default function CaseListPage() {
  const L = useCaseLabels();
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId, can, hasRole } = useSession();
  const [batchClose, setBatchClose] = useState(false);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const now = useNow();
  useLive(CASE_LIVE_TOPICS, [caseKeys.all], propertyId);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);

  const f: CaseFilters = {
    kind: params.get('kind') ?? undefined,
    status: params.get('status') ?? undefined,
    severity: params.get('severity') ?? undefined,
    overdue: params.get('overdue') === '1' || undefined,
    sla: params.get('sla') ?? undefined,
    q: params.get('q') ?? undefined,
    from: range?.[0] ? range[0].startOf('day').toISOString() : undefined,
    to: range?.[1] ? range[1].add(1, 'day').startOf('day').toISOString() : undefined,
  };
  const set = (k: string, v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  };

  const list = useInfiniteQuery(casesInfiniteQuery(propertyId, f));
  // As the server sorts them (newest first): emergencies not signed off are pinned in the strip above, whatever the filters and
  // paging, and highlighted in the table.
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);

  const columns: ColumnsType<CaseRow> = [
    {
      title: t('field.number'),
      dataIndex: 'number',
      width: 170,
      render: (v: string, c) => (
        <div style={{ lineHeight: 1.4 }}>
          <Space size={4}>
            <Typography.Link strong onClick={() => navigate(`/cases/${c.id}`)} data-testid="case-link">
              {v}
            </Typography.Link>
          </Space>
          <div>
            <Space size={4}>
              {c.emergency && <EmergencyTag />}
              <Tag style={{ marginInlineEnd: 0 }} color={c.kind === 'complaint' ? 'magenta' : 'geekblue'}>
                {L.kind(c.kind)}
              </Tag>
            </Space>
          </div>
        </div>
      ),
    },
    {
      title: t('field.content'),
      dataIndex: 'content',
      render: (v: string, c) => (
        <div style={{ lineHeight: 1.4, minWidth: 0 }}>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0 }}>
            {v}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[c.location, c.contactName, c.contactPhone].filter(Boolean).join(' · ') || '—'}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('field.severity'), dataIndex: 'severity', width: 84, render: (v) => <SeverityTag severity={v} /> },
    { title: t('field.status'), dataIndex: 'status', width: 96, render: (v) => <CaseStatusTag status={v} /> },
    { title: t('field.sla'), key: 'sla', width: 150, render: (_, c) => <SlaCell c={c} now={now} /> },
    { title: t('field.channel'), dataIndex: 'channel', width: 92, render: (v) => L.channel(v) },
    { title: t('field.createdAt'), dataIndex: 'createdAt', width: 108, render: (v: string) => dayjs(v).format('MM-DD HH:mm') },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => list.refetch()}>
              {t('common:action.refresh')}
            </Button>
            {hasRole('project_manager') && (
              <Button onClick={() => setBatchClose(true)} data-testid="close-unresolvable">
                {t('dispatch.closeUnresolvable')}
              </Button>
            )}
            {can('cases.intake') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/cases/new')} data-testid="case-new">
                {t('list.new')}
              </Button>
            )}
          </Space>
        }
      />
      {can('cases.read') && <PinnedEmergencies propertyId={propertyId} />}
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <Row gutter={[8, 8]} style={{ marginBottom: 12 }} align="middle">
          <Col flex="240px">
            <Input.Search
              allowClear
              placeholder={t('list.searchPlaceholder')}
              defaultValue={f.q}
              onSearch={(v) => set('q', v.trim() || undefined)}
              data-testid="case-search"
            />
          </Col>
          <Col flex="110px">
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('field.kind')}
              value={f.kind}
              onChange={(v) => set('kind', v)}
              options={CASE_KINDS.map((k) => ({ value: k, label: L.kind(k) }))}
            />
          </Col>
          <Col flex="130px">
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('field.status')}
              value={f.status}
              onChange={(v) => set('status', v)}
              options={CASE_STATUSES.map((k) => ({ value: k, label: L.status(k) }))}
              data-testid="case-status-filter"
            />
          </Col>
          <Col flex="110px">
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('field.severity')}
              value={f.severity}
              onChange={(v) => set('severity', v)}
              options={SEVERITIES.map((k) => ({ value: k, label: L.severity(k) }))}
            />
          </Col>
          <Col flex="130px">
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('field.sla')}
              value={f.sla}
              onChange={(v) => set('sla', v)}
              options={SLA_STATES.map((k) => ({ value: k, label: t(`slaState.${k}`) }))}
              data-testid="case-sla-filter"
            />
          </Col>
          <Col flex="250px">
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              value={range}
              onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)}
            />
          </Col>
          <Col flex="auto">
            <Checkbox checked={!!f.overdue} onChange={(e) => set('overdue', e.target.checked ? '1' : undefined)} data-testid="case-overdue">
              {t('list.overdueOnly')}
            </Checkbox>
          </Col>
        </Row>
        <PagedTable<CaseRow>
          list={list}
          dataSource={rows}
          columns={columns}
          tableLayout="fixed"
          data-testid="case-table"
          scroll={{ x: 960 }}
          onRow={(c) => ({ onDoubleClick: () => navigate(`/cases/${c.id}`), style: isPinned(c) ? { background: '#fff1f0' } : undefined })}
          empty={t('common:msg.noData')}
          total={t('list.total', { count: rows.length })}
          loadMore={t('list.loadMore')}
          nextTestId="case-more"
        />
      </Card>
      {propertyId && batchClose && (
        <CloseUnresolvableModal open propertyId={propertyId} cases={rows} onClose={() => setBatchClose(false)} />
      )}
    </>
  );
}
