/** Mark a department task done with a note and an optional photo link (M4: who, when, note, photo). */
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCompleteTask, type MeetingTask } from '../api';

export function CompleteTaskModal({ task, onClose }: { task: MeetingTask | null; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm<{ note?: string; photoUrl?: string }>();
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
    complete.mutate({ taskId: task!.id, note: v.note?.trim() || null, photoUrl: v.photoUrl?.trim() || null });
  }
  return (
    <Modal
      open={!!task}
      title={t('board.markDone')}
      onCancel={onClose}
      onOk={submit}
      okText={t('board.done')}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'complete-submit' }}
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
            <Form.Item name="photoUrl" label={t('board.photoUrl')} rules={[{ type: 'url', message: t('board.photoInvalid') }]}>
              <Input placeholder="https://" inputMode="url" data-testid="complete-photo" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
