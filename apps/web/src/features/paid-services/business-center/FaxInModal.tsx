/** Log a fax received: recipient, unit or company, pages, sender, the situation (no recipient → 待查). */
import { Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BC_FAX_SITUATIONS, type BcFaxSituation } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { organizationsQuery } from '../../places/api';
import { bcKeys, receiveFax } from './api';

interface Values {
  recipientName?: string;
  unitText?: string;
  organizationId?: string;
  pages: number;
  sender?: string;
  situation: BcFaxSituation;
}

export function FaxInModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('bizCenter');
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const orgs = useQuery(organizationsQuery(propertyId, open)).data ?? [];
  const save = useApiMutation({
    mutationFn: (v: Values) =>
      receiveFax({
        propertyId,
        recipientName: v.recipientName?.trim() || null,
        unitText: v.unitText?.trim() || null,
        organizationId: v.organizationId ?? null,
        pages: v.pages,
        sender: v.sender?.trim() || null,
        situation: v.situation,
      }),
    form,
    invalidate: [bcKeys.all],
    success: (f) => (f.state === 'unknown' ? `${t('fax.done')} · ${t('faxState.unknown')}` : t('fax.done')),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('fax.title')}
      destroyOnHidden
      width="min(520px, calc(100vw - 16px))"
      footer={
        <Space>
          <Button onClick={onClose}>{t('slip.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="fax-submit" style={{ minHeight: 40 }}>
            {t('slip.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('fax.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ pages: 1, situation: 'normal' }}>
        <Form.Item name="recipientName" label={t('field.recipientName')}>
          <Input maxLength={64} data-testid="fax-recipient" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Form.Item name="unitText" label={t('field.unitText')} style={{ flex: 1, minWidth: 120 }}>
            <Input maxLength={40} data-testid="fax-unit" />
          </Form.Item>
          <Form.Item name="pages" label={t('field.pages')} rules={[{ required: true }]} style={{ flex: 1, minWidth: 120 }}>
            <InputNumber min={1} max={500} style={{ width: '100%' }} inputMode="numeric" data-testid="fax-pages" />
          </Form.Item>
        </div>
        <Form.Item name="organizationId" label={t('field.organization')}>
          <Select allowClear showSearch optionFilterProp="label" options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="sender" label={t('field.sender')}>
          <Input maxLength={100} data-testid="fax-sender" />
        </Form.Item>
        <Form.Item name="situation" label={t('field.situation')}>
          <Select options={BC_FAX_SITUATIONS.map((s) => ({ value: s, label: t(`situation.${s}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
