/** The lost property register 《拾遗物品登记表》: found → stored → returned against the owner's signature; .xlsx export. */
import { useState } from 'react';
import { Button, Card, Col, DatePicker, Form, Input, Modal, Row, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { qs } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { useDownload, useRegisterLostItem, useReturnLostItem, useStoreLostItem, type AfterData, type LostItem, type Notice } from '../api';
import { fmtAt } from '../labels';
import { LostStatusTag } from './LostStatusTag';

export function LostItemsCard({ n, data }: { n: Notice; data: AfterData }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const can = session.can('meetings.lost_property');
  const [mode, setMode] = useState<null | { kind: 'new' } | { kind: 'store' | 'return'; item: LostItem }>(null);
  const [form] = Form.useForm();
  const close = { form, onSuccess: () => setMode(null) };
  const register = useRegisterLostItem({ ...close, success: t('lost.registered') });
  const store = useStoreLostItem({ ...close, success: t('lost.storedMsg') });
  const giveBack = useReturnLostItem({ ...close, success: t('lost.returnedMsg') });
  const download = useDownload();
  const open = (m: NonNullable<typeof mode>) => {
    form.resetFields();
    if (m.kind === 'new') form.setFieldsValue({ foundAt: dayjs(), foundPlace: n.content.venue.name });
    setMode(m);
  };
  async function submit() {
    const v = await form.validateFields();
    if (mode?.kind === 'new') {
      register.mutate({
        propertyId: n.propertyId,
        noticeId: n.id,
        item: v.item,
        description: v.description || null,
        foundPlace: v.foundPlace,
        foundAt: (v.foundAt as Dayjs).toISOString(),
        foundBy: v.foundBy,
        storedPlace: v.storedPlace || null,
        note: v.note || null,
      });
    } else if (mode?.kind === 'store') {
      store.mutate({ id: mode.item.id, storedPlace: v.storedPlace });
    } else if (mode?.kind === 'return') {
      giveBack.mutate({
        id: mode.item.id,
        handedTo: v.handedTo,
        ownerSignature: v.ownerSignature,
        returnedAt: v.returnedAt ? (v.returnedAt as Dayjs).toISOString() : null,
      });
    }
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
                download.mutate({
                  url: `/lost-items${qs({ propertyId: n.propertyId, noticeId: n.id, format: 'xlsx' })}`,
                  name: 'lost.xlsx',
                })
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
        confirmLoading={register.isPending || store.isPending || giveBack.isPending}
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
