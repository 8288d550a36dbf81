/**
 * /billing/months — 月度费用表: pick a month; the receivables by company with a column per sheet, a tab per
 * sub-table, the signature panel; draw / redraw / edit / sign as the record's policies allow; print and export.
 */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { FEE_SHEETS, money, rmbInWords } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { download } from '../../meetings/api';
import { drawMonth, exportUrl, monthByMonthQuery, monthKeys, monthsQuery, redrawMonth } from './api';
import { ReceivablesTable } from './ReceivablesTable';
import { SheetLines } from './SheetLines';
import { SignaturePanel } from './SignaturePanel';

const STATE_COLOR = { drafted: 'orange', signing: 'blue', signed: 'green' } as const;

export default function MonthsPage() {
  const { t } = useTranslation('feeMonths');
  const navigate = useNavigate();
  const { propertyId, property } = useSession();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? dayjs().format('YYYY-MM');
  const list = useQuery(monthsQuery(propertyId));
  const q = useQuery(monthByMonthQuery(propertyId, month));
  const [redrawing, setRedrawing] = useState(false);
  const [form] = Form.useForm();
  const draw = useApiMutation({ mutationFn: drawMonth, invalidate: [monthKeys.all], success: t('drawn') });
  const redraw = useApiMutation({
    mutationFn: (v: { reason: string }) => redrawMonth({ id: q.data!.id, reason: v.reason }),
    invalidate: [monthKeys.all],
    form,
    success: t('redrawn'),
    onSuccess: () => setRedrawing(false),
  });
  const notDrawn = q.error instanceof ApiError && q.error.status === 404;
  const m = q.data;
  const drawDay = (property as { settings?: Record<string, number> } | null)?.settings?.['billing.drawDay'] ?? 25;
  return (
    <div>
      <PageHeader title={t('nav.title')} />
      <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('month')}
          value={dayjs(`${month}-01`)}
          onChange={(v) => v && setParams({ month: v.format('YYYY-MM') }, { replace: true })}
        />
        {(list.data?.data ?? []).slice(0, 8).map((x) => (
          <Tag
            key={x.id}
            color={x.month === month ? 'blue' : STATE_COLOR[x.state]}
            style={{ cursor: 'pointer' }}
            onClick={() => setParams({ month: x.month }, { replace: true })}
          >
            {x.month} {t(`state.${x.state}`)}
          </Tag>
        ))}
      </Space>
      {q.isLoading ? (
        <Spin />
      ) : notDrawn ? (
        <Result
          status="info"
          title={t('notDrawn', { month })}
          subTitle={t('notDrawnHint', { day: drawDay })}
          extra={
            list.data?.canDraw && (
              <Button type="primary" loading={draw.isPending} onClick={() => draw.mutate({ propertyId, month })} data-testid="draw-month">
                {t('draw')}
              </Button>
            )
          }
        />
      ) : !m ? (
        <Result status="warning" title={q.error instanceof Error ? q.error.message : ''} />
      ) : (
        <>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <Space wrap>
                <Tag color={STATE_COLOR[m.state]} data-testid="month-state">
                  {t(`state.${m.state}`)}
                </Tag>
                <span>{t('version', { n: m.version })}</span>
                <Typography.Text type="secondary">
                  {t('drawnBy', { name: m.drawnByName ?? '', at: dayjs(m.drawnAt).format('YYYY-MM-DD HH:mm') })}
                </Typography.Text>
              </Space>
              <Space wrap>
                {m.policies.redraw && (
                  <Button icon={<ReloadOutlined />} onClick={() => setRedrawing(true)}>
                    {t('redraw')}
                  </Button>
                )}
                <Button icon={<DownloadOutlined />} onClick={() => download(exportUrl(m.id), `${m.month}.xlsx`)}>
                  {t('export')}
                </Button>
                <Button
                  icon={<PrinterOutlined />}
                  onClick={() => navigate(`/billing/months/${m.id}/print?sheet=receivables`)}
                  data-testid="print-month"
                >
                  {t('print')}
                </Button>
              </Space>
            </Space>
            <div style={{ marginTop: 8 }}>
              <Typography.Text strong>
                {t('total')}
                {t('colon')}
                <span data-testid="month-total">{money(m.totalFen)}</span>
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('inWords')}
                {t('colon')}
                {rmbInWords(m.totalFen)}
              </Typography.Text>
            </div>
          </Card>
          {m.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('warnings')}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="month-warnings">
                  {m.warnings.slice(0, 20).map((w) => (
                    <li key={`${w.code}-${w.unitCode}`}>{t(`warning.${w.code}`, { unit: w.unitCode, org: w.organizationName ?? '' })}</li>
                  ))}
                </ul>
              }
            />
          )}
          <SignaturePanel month={m} />
          <Tabs
            style={{ marginTop: 12 }}
            items={[
              { key: 'receivables', label: t('receivables'), children: <ReceivablesTable month={m} /> },
              ...FEE_SHEETS.map((s) => ({
                key: s,
                label: (
                  <span data-testid={`tab-${s}`}>
                    {t(`sheet.${s}`)} {money(m.sheetTotals[s] ?? 0)}
                  </span>
                ),
                children: (
                  <>
                    <Button
                      size="small"
                      icon={<PrinterOutlined />}
                      style={{ marginBottom: 8 }}
                      onClick={() => navigate(`/billing/months/${m.id}/print?sheet=${s}`)}
                    >
                      {t('print')}
                    </Button>
                    <SheetLines month={m} sheet={s} />
                  </>
                ),
              })),
            ]}
          />
          <Modal
            open={redrawing}
            title={t('redraw')}
            onCancel={() => setRedrawing(false)}
            onOk={() => form.submit()}
            confirmLoading={redraw.isPending}
            destroyOnHidden
          >
            <Form form={form} layout="vertical" onFinish={(v) => redraw.mutate(v)}>
              <Form.Item name="reason" label={t('redrawReason')} rules={[{ required: true }]}>
                <Input.TextArea rows={2} maxLength={200} />
              </Form.Item>
            </Form>
          </Modal>
        </>
      )}
    </div>
  );
}
