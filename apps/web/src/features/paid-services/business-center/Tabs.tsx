/** The business center's tabs: slips, registers, faxes in, handover, suspicious documents. */
import { useState } from 'react';
import { Button, Card, Empty, Form, Input, List, Modal, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { BC_REPORT_KINDS, money, type BcFaxState, type BcRegisterKind, type BcReportKind, type BcSlipState } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useDebounced } from '../../../lib/useDebounced';
import { bcKeys, faxesQuery, handoversQuery, registerQuery, reportSuspicious, reportsQuery, slipsQuery } from './api';
import { FaxCard } from './FaxCard';
import { SlipCard } from './SlipCard';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 8 } as const;

export function SlipsTab() {
  const { t } = useTranslation('bizCenter');
  const { propertyId } = useSession();
  const [state, setState] = useState<BcSlipState | 'all'>('all');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const list = useInfiniteQuery(slipsQuery(propertyId, { ...(state === 'all' ? {} : { state }), ...(q ? { q } : {}) }));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <>
      <Space direction="vertical" style={{ width: '100%', marginBottom: 8 }}>
        <Segmented
          value={state}
          onChange={(v) => setState(v as BcSlipState | 'all')}
          options={(['all', 'open', 'finished', 'signed', 'voided'] as const).map((s) => ({ value: s, label: t(`state.${s}`) }))}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
        <Input.Search
          allowClear
          placeholder={t('slip.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ maxWidth: 360 }}
        />
      </Space>
      {rows.length === 0 && !list.isLoading && <Empty description={t('slip.empty')} />}
      <div data-testid="slip-list" style={grid}>
        {rows.map((s) => (
          <SlipCard key={s.id} s={s} />
        ))}
      </div>
      {list.hasNextPage && (
        <Button block style={{ marginTop: 8 }} onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('slip.more')}
        </Button>
      )}
    </>
  );
}

export function RegistersTab() {
  const { t } = useTranslation('bizCenter');
  const { propertyId } = useSession();
  const navigate = useNavigate();
  const [register, setRegister] = useState<BcRegisterKind>('fax');
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const from = `${month}-01`;
  const to = dayjs(from).endOf('month').format('YYYY-MM-DD');
  const r = useQuery(registerQuery(propertyId, register, from, to));
  const months = Array.from({ length: 6 }, (_, i) => dayjs().subtract(i, 'month').format('YYYY-MM'));
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Segmented
          value={register}
          onChange={(v) => setRegister(v as BcRegisterKind)}
          options={(['fax', 'services'] as const).map((k) => ({ value: k, label: t(`register.${k}`) }))}
        />
        <Select value={month} onChange={setMonth} options={months.map((m) => ({ value: m, label: m }))} style={{ width: 120 }} />
        <Button
          icon={<PrinterOutlined />}
          style={{ minHeight: 40 }}
          onClick={() => navigate(`/paid-services/business-center/register/print?register=${register}&from=${from}&to=${to}`)}
          data-testid="register-open"
        >
          {t('register.print')}
        </Button>
      </Space>
      <Table
        size="small"
        rowKey="day"
        pagination={false}
        loading={r.isLoading}
        dataSource={r.data?.days ?? []}
        scroll={{ x: true }}
        locale={{ emptyText: t('register.empty') }}
        columns={[
          { title: t('register.day'), dataIndex: 'day' },
          { title: t('register.slips'), dataIndex: 'slips', align: 'right' },
          { title: t('field.pages'), dataIndex: 'pages', align: 'right' },
          { title: t('field.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => money(v) },
        ]}
        summary={() =>
          r.data ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('register.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {r.data.data.length}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {r.data.days.reduce((a, d) => a + d.pages, 0)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {money(r.data.totalFen)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}

export function FaxesTab() {
  const { t } = useTranslation('bizCenter');
  const { propertyId, can } = useSession();
  const [state, setState] = useState<BcFaxState | 'all'>('all');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const list = useInfiniteQuery(faxesQuery(propertyId, { ...(state === 'all' ? {} : { state }), ...(q ? { q } : {}) }));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const canWork = can('paidservices.desk') || can('paidservices.manage');
  return (
    <>
      <Space direction="vertical" style={{ width: '100%', marginBottom: 8 }}>
        <Segmented
          value={state}
          onChange={(v) => setState(v as BcFaxState | 'all')}
          options={(['all', 'waiting', 'unknown', 'collected', 'filed'] as const).map((s) => ({ value: s, label: t(`faxState.${s}`) }))}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
        <Input.Search
          allowClear
          placeholder={t('fax.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ maxWidth: 420 }}
          data-testid="fax-search"
        />
      </Space>
      {rows.length === 0 && !list.isLoading && <Empty description={t('fax.empty')} />}
      <div data-testid="fax-list" style={grid}>
        {rows.map((f) => (
          <FaxCard key={f.id} f={f} canWork={canWork} />
        ))}
      </div>
      {list.hasNextPage && (
        <Button block style={{ marginTop: 8 }} onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('slip.more')}
        </Button>
      )}
    </>
  );
}

export function HandoverTab() {
  const { t } = useTranslation('bizCenter');
  const { propertyId } = useSession();
  const list = useQuery(handoversQuery(propertyId));
  const rows = list.data?.data ?? [];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('handover.hint')}</Typography.Paragraph>
      {rows.length === 0 && !list.isLoading && <Empty description={t('handover.empty')} />}
      <div data-testid="handover-list" style={grid}>
        {rows.map((s) => (
          <SlipCard key={s.id} s={s} />
        ))}
      </div>
    </>
  );
}

export function ReportsTab() {
  const { t } = useTranslation('bizCenter');
  const { propertyId, can } = useSession();
  const dt = useDateTime();
  const list = useQuery(reportsQuery(propertyId));
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ kind: BcReportKind; description: string }>();
  const save = useApiMutation({
    mutationFn: (v: { kind: BcReportKind; description: string }) => reportSuspicious({ propertyId, ...v }),
    form,
    invalidate: [bcKeys.all],
    success: t('report.done'),
    onSuccess: () => {
      form.resetFields();
      setOpen(false);
    },
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('report.hint')}</Typography.Text>
        {(can('paidservices.desk') || can('paidservices.manage')) && (
          <Button danger style={{ minHeight: 40 }} onClick={() => setOpen(true)} data-testid="report-open">
            {t('report.new')}
          </Button>
        )}
      </Space>
      <Card size="small">
        <List
          dataSource={list.data?.data ?? []}
          locale={{ emptyText: t('report.empty') }}
          renderItem={(r) => (
            <List.Item data-testid="report-row">
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Tag color="red">{t(`reportKind.${r.kind}`)}</Tag>
                    <span>{dt(r.reportedAt)}</span>
                    <Typography.Text type="secondary">{t('report.by', { name: r.reportedByName })}</Typography.Text>
                  </Space>
                }
                description={r.description}
              />
            </List.Item>
          )}
        />
      </Card>
      <Modal
        open={open}
        title={t('report.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ kind: 'fax' }}>
          <Form.Item name="kind" label={t('field.reportKind')}>
            <Segmented options={BC_REPORT_KINDS.map((k) => ({ value: k, label: t(`reportKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="description" label={t('field.description')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea rows={3} data-testid="report-description" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
