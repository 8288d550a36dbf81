/**
 * /my-visitors — a tenant's visitors on the phone: answer the desk's consent requests (accept, decline,
 * come down to meet), pre-register a visitor, see who is with them now and sign them out.
 */
import { useState } from 'react';
import { Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { PageHeader } from '../../../components/PageHeader';
import { useLive } from '../../../lib/live';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { registerVisit, visitKeys, visitsQuery, type VisitInput } from './api';
import { VisitList } from './VisitList';
import './visitors.css';

type Values = Omit<VisitInput, 'kind' | 'expectedAt'> & { expectedAt?: Dayjs };

export default function MyVisitorsPage() {
  const { t } = useTranslation('visitors');
  const { propertyId } = useSession();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  useLive(['visit.'], [visitKeys.all], propertyId);
  const list = useQuery(visitsQuery(propertyId, { view: 'mine', limit: 50 }));
  const save = useApiMutation({
    mutationFn: registerVisit,
    form,
    invalidate: [visitKeys.all],
    success: t('msg.registered'),
    onSuccess: () => {
      setOpen(false);
      form.resetFields();
    },
  });
  const rows = list.data?.data ?? [];
  const asking = rows.filter((v) => v.status === 'awaiting_consent');
  const rest = rows.filter((v) => v.status !== 'awaiting_consent');
  return (
    <div data-testid="my-visitors">
      <PageHeader
        title={t('nav.mine')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} style={{ minHeight: 40 }} data-testid="my-visit-new">
            {t('act.preRegister')}
          </Button>
        }
      />
      {asking.length > 0 && <VisitList rows={asking} host testId="my-visits-asking" />}
      <VisitList rows={rest} loading={list.isLoading} host testId="my-visits" />
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        title={t('act.preRegister')}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        okButtonProps={{ 'data-testid': 'my-visit-save' } as Record<string, string>}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="my-visit"
          initialValues={{ partySize: 1 }}
          onFinish={({ expectedAt, ...x }) =>
            save.mutate({
              propertyId,
              input: {
                ...x,
                kind: 'appointment',
                expectedAt: expectedAt?.toISOString(),
                visitorPhone: x.visitorPhone || null,
                company: x.company || null,
                carPlate: x.carPlate || null,
                purpose: x.purpose || null,
              },
            })
          }
        >
          <Form.Item name="visitorName" label={t('f.visitorName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={40} data-testid="my-visit-name" />
          </Form.Item>
          <Form.Item name="company" label={t('f.company')}>
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item name="visitorPhone" label={t('f.visitorPhone')}>
            <Input maxLength={30} inputMode="tel" />
          </Form.Item>
          <Form.Item name="expectedAt" label={t('f.expectedAt')}>
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item name="partySize" label={t('f.partySize')}>
                <InputNumber min={1} max={200} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item name="carPlate" label={t('f.carPlate')}>
                <Input maxLength={16} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="purpose" label={t('f.purpose')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
