/**
 * 会后 tab (SPEC M9; seed 004 §5.1.8, §5.2.2–5.2.3, §5.5.3): cleanup checklist, equipment and
 * microphone count, the lost property register 《拾遗物品登记表》 (found → stored → returned against
 * the owner's signature) and the hand-over log of recordings and documents.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { FileExcelOutlined, MinusCircleOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { HANDOVER_KINDS, HANDOVER_RECIPIENTS } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { download, moreKeys, type AfterCheck, type AfterData, type LostItem } from '../api/services';
import type { Notice } from '../api/types';
import { fmtAt } from '../labels';
import { LostStatusTag, useRun } from '../panelHelpers';

function CheckCard({ n, data, canEdit }: { n: Notice; data: AfterData; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const run = useRun();
  const [form] = Form.useForm<Pick<AfterCheck, 'cleanup' | 'equipment'>>();
  const c = data.check;
  useEffect(() => {
    form.setFieldsValue({ cleanup: c.cleanup, equipment: c.equipment });
  }, [c, form]);
  const equipment = Form.useWatch('equipment', form) ?? c.equipment;
  const editable = canEdit && data.ended;
  return (
    <Card
      size="small"
      title={t('after.check')}
      data-testid="after-check"
      extra={
        c.recordedAt ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('after.recordedAt', { at: fmtAt(c.recordedAt, tz) })}
          </Typography.Text>
        ) : (
          <Tag>{t('after.notRecorded')}</Tag>
        )
      }
    >
      {!data.ended && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('after.notEnded')} />}
      <Form form={form} disabled={!editable} initialValues={{ cleanup: c.cleanup, equipment: c.equipment }}>
        <Row gutter={24}>
          <Col xs={24} lg={11}>
            <Typography.Text strong>{t('after.cleanup')}</Typography.Text>
            <Form.List name="cleanup">
              {(fields, { add, remove }) => (
                <div className="mt-checklist">
                  {fields.map((f) => (
                    <div key={f.key} className="mt-check-item">
                      <Form.Item name={[f.name, 'done']} valuePropName="checked" noStyle>
                        <Checkbox />
                      </Form.Item>
                      <Form.Item name={[f.name, 'item']} noStyle rules={[{ required: true, whitespace: true }]}>
                        <Input variant="borderless" maxLength={100} style={{ flex: 1, minWidth: 120 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'note']} noStyle>
                        <Input size="small" placeholder={t('after.note')} maxLength={500} style={{ width: 120 }} />
                      </Form.Item>
                      {editable && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                    </div>
                  ))}
                  {editable && (
                    <Button
                      type="dashed"
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => add({ item: '', done: false, note: null })}
                      style={{ marginTop: 6 }}
                    >
                      {t('after.addItem')}
                    </Button>
                  )}
                </div>
              )}
            </Form.List>
          </Col>
          <Col xs={24} lg={13}>
            <Typography.Text strong>{t('after.equipment')}</Typography.Text>
            <Form.List name="equipment">
              {(fields, { add, remove }) => (
                <div className="mt-checklist">
                  <div className="mt-eq-row mt-eq-head">
                    <span style={{ flex: 1 }}>{t('after.eqName')}</span>
                    <span className="mt-eq-n">{t('after.expected')}</span>
                    <span className="mt-eq-n">{t('after.counted')}</span>
                    <span style={{ width: 110 }}>{t('after.note')}</span>
                    <span style={{ width: 14 }} />
                  </div>
                  {fields.map((f) => {
                    const e = equipment[f.name];
                    const short = e && (c.recordedAt || (e.counted ?? 0) > 0) ? Math.max(0, (e.expected ?? 0) - (e.counted ?? 0)) : 0;
                    return (
                      <div key={f.key} className={`mt-eq-row${short ? ' short' : ''}`} data-testid="eq-row">
                        <Form.Item name={[f.name, 'name']} noStyle rules={[{ required: true, whitespace: true }]}>
                          <Input size="small" maxLength={100} style={{ flex: 1, minWidth: 100 }} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'expected']} noStyle>
                          <InputNumber size="small" min={0} precision={0} className="mt-eq-n" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'counted']} noStyle>
                          <InputNumber size="small" min={0} precision={0} className="mt-eq-n" status={short ? 'error' : undefined} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'note']} noStyle>
                          <Input
                            size="small"
                            maxLength={500}
                            style={{ width: 110 }}
                            placeholder={short ? t('after.short', { count: short }) : ''}
                          />
                        </Form.Item>
                        {editable ? <MinusCircleOutlined onClick={() => remove(f.name)} /> : <span style={{ width: 14 }} />}
                      </div>
                    );
                  })}
                  {!fields.length && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('after.noEquipment')}
                    </Typography.Text>
                  )}
                  {editable && (
                    <div>
                      <Button
                        type="dashed"
                        size="small"
                        icon={<PlusOutlined />}
                        onClick={() => add({ name: '', expected: 1, counted: 0, note: null })}
                        style={{ marginTop: 6 }}
                      >
                        {t('after.addEquipment')}
                      </Button>
                    </div>
                  )}
                </div>
              )}
            </Form.List>
            {c.shortages > 0 && (
              <Alert type="error" showIcon style={{ marginTop: 8 }} message={t('after.shortages', { count: c.shortages })} />
            )}
          </Col>
        </Row>
      </Form>
      {editable && (
        <div style={{ marginTop: 12, textAlign: 'right' }}>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            data-testid="after-save"
            onClick={async () => {
              const v = await form.validateFields();
              await run(
                () =>
                  api.put(`/service-notices/${n.id}/after-check`, {
                    cleanup: v.cleanup.map((x) => ({ item: x.item, done: !!x.done, note: x.note || null })),
                    equipment: v.equipment.map((x) => ({
                      name: x.name,
                      expected: x.expected ?? 0,
                      counted: x.counted ?? 0,
                      note: x.note || null,
                    })),
                    version: c.version,
                  }),
                t('after.saved'),
              );
            }}
          >
            {t('after.save')}
          </Button>
        </div>
      )}
    </Card>
  );
}

function LostCard({ n, data }: { n: Notice; data: AfterData }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const run = useRun();
  const can = session.can('meetings.lost_property');
  const [mode, setMode] = useState<null | { kind: 'new' } | { kind: 'store' | 'return'; item: LostItem }>(null);
  const [form] = Form.useForm();
  const open = (m: NonNullable<typeof mode>) => {
    form.resetFields();
    if (m.kind === 'new') form.setFieldsValue({ foundAt: dayjs(), foundPlace: n.content.venue.name });
    setMode(m);
  };
  async function submit() {
    const v = await form.validateFields();
    let r: unknown;
    if (mode?.kind === 'new') {
      r = await run(
        () =>
          api.post('/lost-items', {
            propertyId: n.propertyId,
            noticeId: n.id,
            item: v.item,
            description: v.description || null,
            foundPlace: v.foundPlace,
            foundAt: (v.foundAt as Dayjs).toISOString(),
            foundBy: v.foundBy,
            storedPlace: v.storedPlace || null,
            note: v.note || null,
          }),
        t('lost.registered'),
        form,
      );
    } else if (mode?.kind === 'store') {
      r = await run(() => api.post(`/lost-items/${mode.item.id}/store`, { storedPlace: v.storedPlace }), t('lost.storedMsg'), form);
    } else if (mode?.kind === 'return') {
      r = await run(
        () =>
          api.post(`/lost-items/${mode.item.id}/return`, {
            handedTo: v.handedTo,
            ownerSignature: v.ownerSignature,
            returnedAt: v.returnedAt ? (v.returnedAt as Dayjs).toISOString() : null,
          }),
        t('lost.returnedMsg'),
        form,
      );
    }
    if (r) setMode(null);
  }
  const req = (msg: string) => [{ required: true, whitespace: true, message: msg }];
  return (
    <Card
      size="small"
      title={t('lost.title')}
      data-testid="lost-items"
      extra={
        can && (
          <Space>
            <Button
              size="small"
              icon={<FileExcelOutlined />}
              onClick={() =>
                run(() => download(`/lost-items${qs({ propertyId: n.propertyId, noticeId: n.id, format: 'xlsx' })}`, 'lost.xlsx'))
              }
            >
              {t('lost.xlsx')}
            </Button>
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => open({ kind: 'new' })} data-testid="lost-add">
              {t('lost.register')}
            </Button>
          </Space>
        )
      }
    >
      <Table<LostItem>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.lostItems}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('lost.none') }}
        columns={[
          {
            title: t('lost.number'),
            dataIndex: 'number',
            width: 140,
            render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
          },
          {
            title: t('lost.item'),
            render: (_, l) => (
              <div>
                {l.item}
                {l.description && <div className="mt-sub">{l.description}</div>}
              </div>
            ),
          },
          {
            title: t('lost.found'),
            render: (_, l) => (
              <div>
                {l.foundPlace}
                <div className="mt-sub">
                  {fmtAt(l.foundAt, tz)} · {l.foundBy}
                </div>
              </div>
            ),
          },
          { title: t('lost.statusCol'), width: 90, render: (_, l) => <LostStatusTag status={l.status} /> },
          { title: t('lost.storedPlace'), render: (_, l) => l.storedPlace ?? '—' },
          {
            title: t('lost.returnedTo'),
            render: (_, l) =>
              l.status === 'returned' ? (
                <div>
                  {l.handedTo}
                  <div className="mt-sub">
                    {t('lost.signedBy', { name: l.ownerSignature })} · {fmtAt(l.returnedAt, tz)}
                  </div>
                </div>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            width: 150,
            render: (_, l) =>
              can &&
              l.status !== 'returned' && (
                <Space size={4}>
                  {l.status === 'found' && (
                    <Button size="small" onClick={() => open({ kind: 'store', item: l })}>
                      {t('lost.store')}
                    </Button>
                  )}
                  <Button size="small" type="primary" ghost onClick={() => open({ kind: 'return', item: l })} data-testid="lost-return">
                    {t('lost.return')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={!!mode}
        destroyOnClose
        onCancel={() => setMode(null)}
        onOk={submit}
        title={
          mode?.kind === 'new'
            ? t('lost.register')
            : mode?.kind === 'store'
              ? `${t('lost.store')} · ${mode.item.item}`
              : mode
                ? `${t('lost.return')} · ${mode.item.item}`
                : ''
        }
      >
        <Form form={form} layout="vertical">
          {mode?.kind === 'new' && (
            <>
              <Form.Item name="item" label={t('lost.item')} rules={req(t('lost.item'))}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="description" label={t('lost.description')}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="foundPlace" label={t('lost.foundPlace')} rules={req(t('lost.foundPlace'))}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="foundAt" label={t('lost.foundAt')} rules={[{ required: true }]}>
                    <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="foundBy" label={t('lost.foundBy')} rules={req(t('lost.foundBy'))}>
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="storedPlace" label={t('lost.storedPlace')} extra={t('lost.storedHint')}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="note" label={t('after.note')}>
                <Input maxLength={1000} />
              </Form.Item>
            </>
          )}
          {mode?.kind === 'store' && (
            <Form.Item name="storedPlace" label={t('lost.storedPlace')} rules={req(t('lost.storedPlace'))}>
              <Input maxLength={100} />
            </Form.Item>
          )}
          {mode?.kind === 'return' && (
            <>
              <Typography.Paragraph type="secondary">{t('lost.returnHint')}</Typography.Paragraph>
              <Form.Item name="handedTo" label={t('lost.handedTo')} rules={req(t('lost.handedTo'))}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name="ownerSignature" label={t('lost.ownerSignature')} rules={req(t('lost.ownerSignature'))}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name="returnedAt" label={t('lost.returnedAt')}>
                <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Card>
  );
}

function HandoverCard({ n, data, canEdit }: { n: Notice; data: AfterData; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const run = useRun();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  return (
    <Card
      size="small"
      title={t('handover.title')}
      data-testid="handovers"
      extra={
        canEdit && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ kind: 'recording', quantity: 1, recipientKind: 'organizer', recipientName: n.content.contactName });
              setOpen(true);
            }}
          >
            {t('handover.add')}
          </Button>
        )
      }
    >
      {data.handovers.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('handover.none')} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.handovers}
          columns={[
            { title: t('handover.kind'), width: 90, render: (_, h) => t(`handover.kinds.${h.kind}`) },
            { title: t('handover.description'), render: (_, h) => `${h.description} ×${h.quantity}` },
            { title: t('handover.recipient'), render: (_, h) => `${t(`handover.recipients.${h.recipientKind}`)} · ${h.recipientName}` },
            { title: t('handover.at'), width: 110, render: (_, h) => fmtAt(h.handedAt, tz) },
          ]}
        />
      )}
      <Modal
        open={open}
        title={t('handover.add')}
        destroyOnClose
        onCancel={() => setOpen(false)}
        onOk={async () => {
          const v = await form.validateFields();
          const r = await run(
            () =>
              api.post(`/service-notices/${n.id}/handovers`, {
                ...v,
                handedAt: v.handedAt ? (v.handedAt as Dayjs).toISOString() : null,
                note: v.note || null,
              }),
            t('handover.saved'),
            form,
          );
          if (r) setOpen(false);
        }}
      >
        <Form form={form} layout="vertical">
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="kind" label={t('handover.kind')}>
                <Select options={HANDOVER_KINDS.map((k) => ({ value: k, label: t(`handover.kinds.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="quantity" label={t('handover.quantity')}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="description"
            label={t('handover.description')}
            rules={[{ required: true, whitespace: true, message: t('handover.description') }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="recipientKind" label={t('handover.recipientKind')}>
                <Select options={HANDOVER_RECIPIENTS.map((k) => ({ value: k, label: t(`handover.recipients.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="recipientName"
                label={t('handover.recipientName')}
                rules={[{ required: true, whitespace: true, message: t('handover.recipientName') }]}
              >
                <Input maxLength={50} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="handedAt" label={t('handover.at')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t('after.note')}>
            <Input maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

export function AfterTab({ n }: { n: Notice }) {
  const session = useSession();
  const q = useQuery({ queryKey: moreKeys.after(n.id), queryFn: () => api.get<AfterData>(`/service-notices/${n.id}/after`) });
  if (q.isLoading || !q.data) return <Skeleton active />;
  const canEdit = session.can('meetings.after');
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="after-tab">
      <CheckCard n={n} data={q.data} canEdit={canEdit} />
      <LostCard n={n} data={q.data} />
      <HandoverCard n={n} data={q.data} canEdit={canEdit} />
    </Space>
  );
}
