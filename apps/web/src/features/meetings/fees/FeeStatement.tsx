/**
 * 《会议费用确认单》 (SPEC M9; seed 004 §3.3D, §5.1.8): the statement's lines and totals in 元 (from
 * fen), issue, online confirmation by the organizer or the responsible person's paper signature,
 * payments and the .xlsx export; and, on the notice, the draft form computed from the price list.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Typography,
} from 'antd';
import {
  CheckOutlined,
  DollarOutlined,
  FileExcelOutlined,
  MinusCircleOutlined,
  PlusOutlined,
  SendOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { download, money, toFen, toYuan, usePrices, useStatementOf, type FeeStatement } from '../api/services';
import type { Notice } from '../api/types';
import { fmtAt } from '../labels';
import { FeeStatusTag, PayStatusTag, useRun } from '../panelHelpers';

/** The statement itself with the actions its policies allow. */
export function FeeStatementView({ s, showMeeting = false }: { s: FeeStatement; showMeeting?: boolean }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const run = useRun();
  const [paper, setPaper] = useState(false);
  const [pay, setPay] = useState(false);
  const [paperForm] = Form.useForm<{ signerName: string; signedAt?: Dayjs }>();
  const [payForm] = Form.useForm<{ amount: number; paidAt?: Dayjs; method?: string; reference?: string }>();
  const staff = session.can('meetings.fees.manage');
  return (
    <div data-testid="fee-statement" data-number={s.number}>
      <div className="mt-fee-head">
        <Space size={8} wrap>
          <Typography.Text strong>
            {t('fee.form')} · {s.number}
          </Typography.Text>
          <FeeStatusTag status={s.status} />
          {s.status !== 'draft' && <PayStatusTag status={s.paymentStatus} />}
          {s.reminders > 0 && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('fee.reminded', { count: s.reminders })}
            </Typography.Text>
          )}
        </Space>
        <Space wrap>
          {s.policies.issue && (
            <Popconfirm
              title={t('fee.issueConfirm')}
              onConfirm={() => run(() => api.post(`/fee-statements/${s.id}/issue`), t('fee.issued'))}
            >
              <Button type="primary" icon={<SendOutlined />} data-testid="fee-issue">
                {t('fee.issue')}
              </Button>
            </Popconfirm>
          )}
          {s.policies.confirm && !staff && (
            <Popconfirm
              title={t('fee.confirmOnline', { total: money(s.totalFen) })}
              onConfirm={() => run(() => api.post(`/fee-statements/${s.id}/confirm`, {}), t('fee.confirmed'))}
            >
              <Button type="primary" icon={<CheckOutlined />} data-testid="fee-confirm">
                {t('fee.confirm')}
              </Button>
            </Popconfirm>
          )}
          {s.policies.confirm && staff && (
            <Button
              icon={<CheckOutlined />}
              onClick={() => {
                paperForm.resetFields();
                setPaper(true);
              }}
              data-testid="fee-paper"
            >
              {t('fee.paper')}
            </Button>
          )}
          {s.policies.pay && (
            <Button
              icon={<DollarOutlined />}
              onClick={() => {
                payForm.resetFields();
                payForm.setFieldsValue({ amount: toYuan(s.dueFen) });
                setPay(true);
              }}
              data-testid="fee-pay"
            >
              {t('fee.recordPayment')}
            </Button>
          )}
          {staff && (
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => run(() => download(`/fee-statements/${s.id}/print?format=xlsx`, `${s.number}.xlsx`))}
            >
              {t('fee.xlsx')}
            </Button>
          )}
        </Space>
      </div>
      {showMeeting && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          bordered
          style={{ marginBottom: 12 }}
          labelStyle={{ width: 100, whiteSpace: 'nowrap' }}
        >
          <Descriptions.Item label={t('field.meetingName')}>{s.meeting.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.organizer')}>{s.meeting.organizerUnit}</Descriptions.Item>
          <Descriptions.Item label={t('field.venue')}>{s.meeting.venue}</Descriptions.Item>
          <Descriptions.Item label={t('field.time')}>
            {fmtAt(s.meeting.startAt, tz, 'YYYY-MM-DD HH:mm')} — {fmtAt(s.meeting.endAt, tz, 'HH:mm')}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={s.lines}
        scroll={{ x: 720 }}
        bordered
        columns={[
          { title: t('fee.kind'), width: 130, render: (_, l) => t(`fee.kinds.${l.kind}`) },
          { title: t('fee.item'), dataIndex: 'name' },
          { title: t('fee.qty'), width: 90, align: 'right', render: (_, l) => `${l.qty} ${l.unit}` },
          { title: t('fee.unitPrice'), width: 110, align: 'right', render: (_, l) => money(l.unitFen) },
          { title: t('fee.amount'), width: 120, align: 'right', render: (_, l) => <strong>{money(l.amountFen)}</strong> },
          { title: t('fee.invoiceRef'), width: 130, render: (_, l) => l.invoiceRef ?? '' },
        ]}
        summary={() => (
          <>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4} align="right">
                <strong>{t('fee.total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <strong data-testid="fee-total">{money(s.totalFen)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} />
            </Table.Summary.Row>
            {s.status !== 'draft' && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={4} align="right">
                  {t('fee.paid')} / {t('fee.due')}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {money(s.paidFen)} / <Typography.Text type={s.dueFen > 0 ? 'danger' : 'success'}>{money(s.dueFen)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} />
              </Table.Summary.Row>
            )}
          </>
        )}
      />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('fee.invoiceRefs')}>{s.invoiceRefs.length ? s.invoiceRefs.join('、') : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fee.issuedAt')}>{fmtAt(s.issuedAt, tz, 'YYYY-MM-DD HH:mm')}</Descriptions.Item>
        <Descriptions.Item label={t('fee.signature')}>
          {s.signerName ? (
            `${s.signerName}（${t(`fee.via.${s.confirmedVia ?? 'online'}`)}）${fmtAt(s.confirmedAt, tz, 'YYYY-MM-DD HH:mm')}`
          ) : (
            <Typography.Text type="secondary">{t('fee.notConfirmed')}</Typography.Text>
          )}
        </Descriptions.Item>
        {s.note && <Descriptions.Item label={t('fee.note')}>{s.note}</Descriptions.Item>}
      </Descriptions>
      {s.payments.length > 0 && (
        <>
          <Typography.Text strong>{t('fee.payments')}</Typography.Text>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={s.payments}
            style={{ marginTop: 6 }}
            columns={[
              { title: t('fee.paidAt'), render: (_, p) => fmtAt(p.paidAt, tz, 'YYYY-MM-DD HH:mm') },
              { title: t('fee.amount'), align: 'right', render: (_, p) => money(p.amountFen) },
              { title: t('fee.method'), render: (_, p) => p.method ?? '—' },
              { title: t('fee.reference'), render: (_, p) => p.reference ?? '—' },
            ]}
          />
        </>
      )}
      <Modal
        open={paper}
        title={t('fee.paper')}
        onCancel={() => setPaper(false)}
        okText={t('fee.paperOk')}
        destroyOnClose
        onOk={async () => {
          const v = await paperForm.validateFields();
          const r = await run(
            () => api.post(`/fee-statements/${s.id}/confirm`, { signerName: v.signerName, signedAt: v.signedAt?.toISOString() ?? null }),
            t('fee.confirmed'),
            paperForm,
          );
          if (r) setPaper(false);
        }}
      >
        <Typography.Paragraph type="secondary">{t('fee.paperHint')}</Typography.Paragraph>
        <Form form={paperForm} layout="vertical">
          <Form.Item
            name="signerName"
            label={t('fee.signerName')}
            rules={[{ required: true, whitespace: true, message: t('fee.signerRequired') }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="signedAt" label={t('fee.signedAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={pay}
        title={t('fee.recordPayment')}
        onCancel={() => setPay(false)}
        destroyOnClose
        onOk={async () => {
          const v = await payForm.validateFields();
          const r = await run(
            () =>
              api.post(`/fee-statements/${s.id}/payments`, {
                amountFen: toFen(v.amount),
                paidAt: v.paidAt?.toISOString() ?? null,
                method: v.method || null,
                reference: v.reference || null,
              }),
            t('fee.paymentRecorded'),
            payForm,
          );
          if (r) setPay(false);
        }}
      >
        <Form form={payForm} layout="vertical">
          <Form.Item
            name="amount"
            label={t('fee.amountYuan')}
            rules={[{ required: true }]}
            extra={t('fee.dueNow', { due: money(s.dueFen) })}
          >
            <InputNumber min={0.01} max={toYuan(s.dueFen)} precision={2} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="paidAt" label={t('fee.paidAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="method" label={t('fee.method')}>
            <Select
              allowClear
              options={['transfer', 'cash', 'card', 'other'].map((m) => ({ value: t(`fee.methods.${m}`), label: t(`fee.methods.${m}`) }))}
            />
          </Form.Item>
          <Form.Item name="reference" label={t('fee.reference')}>
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

interface DraftValues {
  items: { code: string; qty: number; invoiceRef?: string }[];
  extra: { name: string; qty: number; unit: string; unitYuan: number; invoiceRef?: string }[];
  invoiceRefs: string[];
  note?: string;
}

/** The notice's 费用确认单 tab: draw up / recompute from the price list, then the statement. */
export function FeeTab({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const manage = session.can('meetings.fees.manage');
  const q = useStatementOf(n.id);
  const prices = usePrices(n.propertyId, manage);
  const run = useRun();
  const [form] = Form.useForm<DraftValues>();
  const [editing, setEditing] = useState(false);
  if (q.isLoading) return <Skeleton active />;
  const s = q.data ?? null;
  const list = prices.data?.prices ?? null;
  const canDraft = manage && (!s || s.policies.recompute);
  const showForm = canDraft && (!s || editing);

  function startEdit() {
    form.setFieldsValue(
      s
        ? {
            items: s.lines
              .filter((l) => (l.kind === 'consumable' || l.kind === 'technical_loss') && l.code && !l.sourceId)
              .map((l) => ({ code: l.code!, qty: l.qty, invoiceRef: l.invoiceRef ?? undefined })),
            extra: s.lines
              .filter((l) => l.kind === 'other')
              .map((l) => ({ name: l.name, qty: l.qty, unit: l.unit, unitYuan: toYuan(l.unitFen), invoiceRef: l.invoiceRef ?? undefined })),
            invoiceRefs: s.invoiceRefs,
            note: s.note ?? undefined,
          }
        : { items: [], extra: [], invoiceRefs: [] },
    );
    setEditing(true);
  }

  async function submit() {
    const v = await form.validateFields();
    const body = {
      items: (v.items ?? []).map((i) => ({ code: i.code, qty: i.qty, invoiceRef: i.invoiceRef || null })),
      extra: (v.extra ?? []).map((e) => ({
        name: e.name,
        qty: e.qty,
        unit: e.unit,
        unitFen: toFen(e.unitYuan),
        invoiceRef: e.invoiceRef || null,
      })),
      invoiceRefs: v.invoiceRefs ?? [],
      note: v.note || null,
      ...(s ? { version: s.version } : {}),
    };
    const r = await run(
      () => api.post<FeeStatement>(`/service-notices/${n.id}/fee-statement`, body),
      s ? t('fee.recomputed') : t('fee.drafted'),
      form,
    );
    if (r) setEditing(false);
  }

  const itemOptions = (list?.items ?? []).map((i) => ({ value: i.code, label: `${i.name}（${money(i.fen)}/${i.unit}）` }));
  return (
    <div data-testid="fee-tab">
      {manage && !list && !prices.isLoading && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('fee.noPriceList')}
          action={
            session.can('meetings.prices.manage') ? (
              <Link to="/admin/price-list">
                <Button size="small">{t('nav.priceList')}</Button>
              </Link>
            ) : undefined
          }
        />
      )}
      {!s && !showForm && <Empty description={t('fee.none')} />}
      {!s && canDraft && !editing && list && (
        <div style={{ textAlign: 'center', marginBottom: 12 }}>
          <Typography.Paragraph type="secondary">{t('fee.draftHint')}</Typography.Paragraph>
          <Button type="primary" icon={<PlusOutlined />} onClick={startEdit} data-testid="fee-draft">
            {t('fee.draft')}
          </Button>
        </div>
      )}
      {s && !editing && (
        <>
          {s.policies.recompute && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('fee.draftInfo')}
              action={
                <Button size="small" icon={<SyncOutlined />} onClick={startEdit} data-testid="fee-edit">
                  {t('fee.edit')}
                </Button>
              }
            />
          )}
          <FeeStatementView s={s} />
        </>
      )}
      {showForm && editing && (
        <Card size="small" title={s ? t('fee.editTitle') : t('fee.draftTitle')} data-testid="fee-form">
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('fee.autoLines')}
          </Typography.Paragraph>
          <Form form={form} layout="vertical" requiredMark={false}>
            <Typography.Text strong>{t('fee.items')}</Typography.Text>
            <Form.List name="items">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" wrap className="mt-form-row">
                      <Form.Item name={[f.name, 'code']} rules={[{ required: true, message: t('fee.pickItem') }]}>
                        <Select
                          style={{ width: 280 }}
                          options={itemOptions}
                          showSearch
                          optionFilterProp="label"
                          placeholder={t('fee.item')}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'qty']} rules={[{ required: true, message: t('fee.qty') }]}>
                        <InputNumber min={1} max={100000} precision={0} placeholder={t('fee.qty')} style={{ width: 100 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'invoiceRef']}>
                        <Input placeholder={t('fee.invoiceRef')} maxLength={100} style={{ width: 160 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Form.Item>
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ qty: 1 })}>
                      {t('fee.addItem')}
                    </Button>
                  </Form.Item>
                </>
              )}
            </Form.List>
            <Typography.Text strong>{t('fee.extra')}</Typography.Text>
            <Form.List name="extra">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" wrap className="mt-form-row">
                      <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t('fee.item') }]}>
                        <Input placeholder={t('fee.item')} maxLength={100} style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'qty']} rules={[{ required: true, message: t('fee.qty') }]}>
                        <InputNumber min={1} precision={0} placeholder={t('fee.qty')} style={{ width: 80 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'unit']} rules={[{ required: true, whitespace: true, message: t('fee.unit') }]}>
                        <Input placeholder={t('fee.unit')} maxLength={16} style={{ width: 70 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'unitYuan']} rules={[{ required: true, message: t('fee.unitPrice') }]}>
                        <InputNumber min={0} precision={2} prefix="¥" placeholder={t('fee.unitPrice')} style={{ width: 130 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'invoiceRef']}>
                        <Input placeholder={t('fee.invoiceRef')} maxLength={100} style={{ width: 140 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Form.Item>
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ qty: 1, unit: t('fee.defaultUnit') })}>
                      {t('fee.addExtra')}
                    </Button>
                  </Form.Item>
                </>
              )}
            </Form.List>
            <Form.Item name="invoiceRefs" label={t('fee.invoiceRefs')}>
              <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} placeholder={t('fee.invoiceRefsHint')} />
            </Form.Item>
            <Form.Item name="note" label={t('fee.note')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Space>
              <Button type="primary" onClick={submit} data-testid="fee-submit">
                {s ? t('fee.recompute') : t('fee.draft')}
              </Button>
              <Button onClick={() => setEditing(false)}>{t('act.cancel')}</Button>
            </Space>
          </Form>
        </Card>
      )}
    </div>
  );
}
