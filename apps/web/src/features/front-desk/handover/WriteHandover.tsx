/** Write my handover: the drawn-up snapshot (open items and counts) as a preview, notes and extra items → submit. */
import { Alert, Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { handoverDraftQuery, handoverKeys, submitHandover, type HandoverInput } from './api';
import { Counts } from './HandoverView';
import { useWhen } from './useWhen';

export function WriteHandover({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('handover');
  const { propertyId } = useSession();
  const when = useWhen();
  const [form] = Form.useForm<HandoverInput>();
  const draft = useQuery(handoverDraftQuery(propertyId, open)).data;
  const save = useApiMutation({
    mutationFn: submitHandover,
    form,
    invalidate: [handoverKeys.all],
    success: t('write.submitted'),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={
        draft ? `${t('write.title')} · ${t(`shift.${draft.shift}`)} ${when(draft.shiftStart)} – ${when(draft.shiftEnd)}` : t('write.title')
      }
      width={720}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose} data-testid="write-cancel">
            {t('write.cancel')}
          </Button>
          <Button
            type="primary"
            disabled={!draft || !!draft.existingId}
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="write-submit"
          >
            {t('write.submit')}
          </Button>
        </Space>
      }
    >
      {draft?.existingId && <Alert type="warning" showIcon message={t('write.exists')} style={{ marginBottom: 8 }} />}
      <Typography.Paragraph type="secondary">{t('write.preview')}</Typography.Paragraph>
      {draft && <Counts counts={draft.counts} />}
      <Typography.Text strong>{t('write.items', { count: draft?.items.length ?? 0 })}</Typography.Text>
      <div data-testid="draft-items" style={{ maxHeight: 240, overflowY: 'auto', marginBottom: 12 }}>
        {draft?.items.length === 0 && <div className="ho-item-sub">{t('write.noItems')}</div>}
        {draft?.items.map((i) => (
          <div key={`${i.kind}:${i.refId}`} className={`ho-item${i.flagged ? ' flagged' : ''}`} data-testid="draft-item" data-kind={i.kind}>
            <div className="ho-item-main">
              <Tag>{t(`kind.${i.kind}`)}</Tag>
              <span className="ho-item-title">{i.title}</span>
              <div className="ho-item-sub">{[i.detail, when(i.at)].filter(Boolean).join(' · ')}</div>
            </div>
          </div>
        ))}
      </div>
      <Form<HandoverInput>
        form={form}
        layout="vertical"
        name="handover"
        initialValues={{ extraItems: [] }}
        onFinish={(v) => save.mutate({ propertyId, input: { notes: v.notes || null, extraItems: v.extraItems ?? [] } })}
      >
        <Form.Item name="notes" label={t('write.notes')}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('write.notesPh')} data-testid="write-notes" />
        </Form.Item>
        <Typography.Text strong>{t('write.extra')}</Typography.Text>
        <Form.List name="extraItems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" style={{ display: 'flex', flexWrap: 'wrap', marginTop: 8 }}>
                  <Form.Item name={[f.name, 'title']} rules={[{ required: true, whitespace: true }]} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('write.extraTitle')} maxLength={120} data-testid="extra-title" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'detail']} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('write.extraDetail')} maxLength={300} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label="remove" />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ title: '' })}
                style={{ marginTop: 8 }}
                data-testid="extra-add"
              >
                {t('write.addExtra')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
