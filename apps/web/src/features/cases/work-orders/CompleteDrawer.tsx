/** 完工: the engineer records the work done, the materials and photos; the customer signs on the screen if present. */
import { useState } from 'react';
import { Button, Drawer, Form, Input, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FileRef, WorkOrderWithCase } from '@hy/contracts';
import { PhotoPicker } from '../../../components/files/PhotoPicker';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { SignatureView } from '../../../components/files/SignatureView';
import { useSession } from '../../../lib/session';
import { useResetOnOpen } from '../../../lib/useResetOnOpen';
import { MaterialsInput } from './MaterialsInput';
import { useCompleteWorkOrder } from './useCompleteWorkOrder';

export function CompleteDrawer({ wo, onClose }: { wo: WorkOrderWithCase | null; onClose(): void }) {
  const { t } = useTranslation('cases');
  const { me } = useSession();
  const [form] = Form.useForm();
  const complete = useCompleteWorkOrder(form);
  const [signature, setSignature] = useState<FileRef | null>(null);
  const [drawing, setDrawing] = useState(false);
  useResetOnOpen(form, !!wo);
  const close = () => {
    setSignature(null);
    onClose();
  };
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !wo) return;
    const materials = (v.materials ?? [])
      .filter((m: { name: string }) => m.name?.trim())
      .map((m: { name: string; qty: number; unit?: string }) => ({ name: m.name.trim(), qty: m.qty || 1, unit: m.unit?.trim() || null }));
    const photoIds = ((v.photoIds ?? []) as FileRef[]).map((f) => f.id);
    complete.mutate({ w: wo, body: { workDone: v.workDone, materials, photoIds }, signature }, { onSuccess: close });
  };
  return (
    <Drawer
      open={!!wo}
      onClose={close}
      placement="bottom"
      height="auto"
      title={wo ? `${t('my.complete')} · ${wo.number}` : ''}
      destroyOnHidden
      styles={{ body: { paddingBottom: 16, maxHeight: '80vh', overflowY: 'auto' } }}
    >
      <Form form={form} layout="vertical" initialValues={{ materials: [], photoIds: [] }}>
        <Form.Item
          name="workDone"
          label={t('wo.workDone')}
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('wo.workDone') }) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('my.workDonePlaceholder')} data-testid="my-workdone" />
        </Form.Item>
        <Form.Item name="photoIds" label={t('my.photos')} extra={t('my.photosRequiredHint')}>
          <PhotoPicker propertyId={wo?.propertyId ?? ''} testId="my-photos" />
        </Form.Item>
        <Form.Item name="materials" label={t('wo.materials')}>
          <MaterialsInput />
        </Form.Item>
        <Form.Item label={t('wo.signature')} extra={signature ? undefined : t('my.signLater')}>
          {signature ? (
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
              <SignatureView file={signature} />
              <Button icon={<EditOutlined />} onClick={() => setDrawing(true)} style={{ minHeight: 40 }}>
                {t('my.customerSign')}
              </Button>
            </div>
          ) : (
            <Button block size="large" icon={<EditOutlined />} onClick={() => setDrawing(true)} data-testid="my-customer-sign">
              {t('my.customerSign')}
            </Button>
          )}
        </Form.Item>
        <Button type="primary" block size="large" loading={complete.isPending} onClick={submit} data-testid="my-complete-ok">
          {t('my.completeOk')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {t('my.completeHint', { name: me?.displayName ?? '' })}
      </Typography.Paragraph>
      {wo && (
        <SignatureModal
          open={drawing}
          propertyId={wo.propertyId}
          title={t('my.signTitle', { number: wo.number })}
          signerName={wo.customerName ?? wo.contactName ?? ''}
          onClose={() => setDrawing(false)}
          onSigned={(ref) => {
            setSignature(ref);
            setDrawing(false);
          }}
        />
      )}
    </Drawer>
  );
}
