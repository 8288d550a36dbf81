/**
 * The lost property dialogs: register a found item (with photos), store it, or hand it back against the
 * owner's signature drawn on the screen and their ID.
 */
import { useEffect, useState } from 'react';
import { Button, Col, DatePicker, Form, Input, Modal, Row, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { FileRef } from '@hy/contracts';
import { PhotoPicker } from '../../../components/files/PhotoPicker';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { SignatureView } from '../../../components/files/SignatureView';
import { useRegisterLostItem, useReturnLostItem, useStoreLostItem, type LostItem, type Notice } from '../api';

/** Which dialog: a new item, or storing or returning one. */
export type LostItemMode = { kind: 'new' } | { kind: 'store' | 'return'; item: LostItem };

export function LostItemModal({ n, mode, onClose }: { n: Notice; mode: LostItemMode | null; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm();
  const close = { form, onSuccess: onClose };
  const register = useRegisterLostItem({ ...close, success: t('lost.registered') });
  const store = useStoreLostItem({ ...close, success: t('lost.storedMsg') });
  const giveBack = useReturnLostItem({ ...close, success: t('lost.returnedMsg') });
  const venueName = n.content.venue.name;
  const [signature, setSignature] = useState<FileRef | null>(null);
  const [drawing, setDrawing] = useState(false);
  const [unsigned, setUnsigned] = useState(false);
  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    setSignature(null);
    setUnsigned(false);
    if (mode.kind === 'new') form.setFieldsValue({ foundAt: dayjs(), foundPlace: venueName });
  }, [mode, form, venueName]);
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
        photoIds: ((v.photoIds ?? []) as FileRef[]).map((f) => f.id),
      });
    } else if (mode?.kind === 'store') {
      store.mutate({ id: mode.item.id, storedPlace: v.storedPlace });
    } else if (mode?.kind === 'return') {
      if (!signature) return setUnsigned(true);
      giveBack.mutate({
        id: mode.item.id,
        handedTo: v.handedTo,
        ownerIdNumber: v.ownerIdNumber || null,
        signatureId: signature.id,
        returnedAt: v.returnedAt ? (v.returnedAt as Dayjs).toISOString() : null,
      });
    }
  }
  const req = (msg: string) => [{ required: true, whitespace: true, message: msg }];
  return (
    <Modal
      open={!!mode}
      destroyOnClose
      onCancel={onClose}
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
            <Form.Item name="photoIds" label={t('lost.photos')} initialValue={[]}>
              <PhotoPicker propertyId={n.propertyId} testId="lost-photos" />
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
            <Form.Item name="ownerIdNumber" label={t('lost.ownerIdNumber')} extra={t('lost.ownerIdHint')}>
              <Input maxLength={40} data-testid="lost-owner-id" />
            </Form.Item>
            <Form.Item
              label={t('lost.ownerSignature')}
              required
              validateStatus={unsigned && !signature ? 'error' : undefined}
              help={unsigned && !signature ? t('lost.signRequired') : undefined}
            >
              {signature ? (
                <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
                  <SignatureView file={signature} />
                  <Button icon={<EditOutlined />} onClick={() => setDrawing(true)} style={{ minHeight: 40 }}>
                    {t('lost.signAgain')}
                  </Button>
                </div>
              ) : (
                <Button block size="large" icon={<EditOutlined />} onClick={() => setDrawing(true)} data-testid="lost-owner-sign">
                  {t('lost.sign')}
                </Button>
              )}
            </Form.Item>
            <Form.Item name="returnedAt" label={t('lost.returnedAt')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </Form>
      {mode?.kind === 'return' && (
        <SignatureModal
          open={drawing}
          propertyId={n.propertyId}
          title={t('lost.signTitle', { item: mode.item.item })}
          signerName={form.getFieldValue('handedTo') ?? ''}
          onClose={() => setDrawing(false)}
          onSigned={(ref) => {
            setSignature(ref);
            setDrawing(false);
          }}
        />
      )}
    </Modal>
  );
}
