/** Mark a department task done with a note and photos from the camera or the gallery (M4: who, when, note, photo). */
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '@hy/contracts';
import { PhotoPicker } from '../../../components/files/PhotoPicker';
import { useSession } from '../../../lib/session';
import { useCompleteTask, type MeetingTask } from '../api';

export function CompleteTaskModal({ task, onClose }: { task: MeetingTask | null; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const [form] = Form.useForm<{ note?: string; photoIds?: FileRef[] }>();
  const complete = useCompleteTask({
    form,
    success: t('board.doneMsg'),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  async function submit() {
    const v = await form.validateFields();
    complete.mutate({ taskId: task!.id, note: v.note?.trim() || null, photoIds: (v.photoIds ?? []).map((f) => f.id) });
  }
  return (
    <Modal
      open={!!task}
      title={t('board.markDone')}
      onCancel={onClose}
      onOk={submit}
      okText={t('board.done')}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'complete-submit', size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      confirmLoading={complete.isPending}
      width={440}
    >
      {task && (
        <>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {task.title}
            {task.quantity !== null ? ` × ${task.quantity}${task.unit ?? ''}` : ''}
          </Typography.Paragraph>
          {task.instructions && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {task.instructions}
            </Typography.Paragraph>
          )}
          <Form form={form} layout="vertical" preserve={false}>
            <Form.Item name="note" label={t('board.note')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="complete-note" />
            </Form.Item>
            {/* The field is named as the request's, so a refused photo's problem lands here. */}
            <Form.Item name="photoIds" label={t('board.photos')} extra={t('board.photosHint')}>
              <PhotoPicker propertyId={session.propertyId ?? ''} testId="complete-photos" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
