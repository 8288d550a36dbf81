/** The hand-over log of recordings and documents (to the organizer or the bureau). */
import { useState } from 'react';
import { Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Modal, Row, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { type Dayjs } from 'dayjs';
import { HANDOVER_KINDS, HANDOVER_RECIPIENTS } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useAddHandover, type AfterData, type Notice } from '../api';
import { fmtAt } from '../labels';

export function HandoversCard({ n, data, canEdit }: { n: Notice; data: AfterData; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const add = useAddHandover({ form, success: t('handover.saved'), onSuccess: () => setOpen(false) });
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
        confirmLoading={add.isPending}
        onOk={async () => {
          const v = await form.validateFields();
          add.mutate({
            noticeId: n.id,
            body: { ...v, handedAt: v.handedAt ? (v.handedAt as Dayjs).toISOString() : null, note: v.note || null },
          });
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
