/** 登记咨询: the caller's question answered on the spot (from the knowledge base or typed), logged as a consultation (S12). */
import type { ButtonProps, FormInstance } from 'antd';
import { App, Input, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { createConsultation, linkConsultationKb } from '../api';
import { callerOf } from './intakeValues';

/** The answer being written, its topic, and the knowledge entry it came from. */
export interface ConsultationDraft {
  answer: string;
  topic?: string;
  entryId?: string;
}

export function ConsultationModal({
  form,
  question,
  draft,
  onChange,
  onLogged,
}: {
  form: FormInstance;
  question: string;
  draft: ConsultationDraft | null;
  onChange(d: ConsultationDraft | null): void;
  onLogged(): void;
}) {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const { message } = App.useApp();
  const consultation = useApiMutation({
    mutationFn: async (v: { input: Parameters<typeof createConsultation>[0]; entryId?: string }) => {
      const row = await createConsultation(v.input);
      // S12: the knowledge entry that answered it is tied to the consultation.
      if (v.entryId) await linkConsultationKb(row.id, v.entryId).catch(() => undefined);
      return row;
    },
    form,
    success: t('intake.consultationLogged'),
    onSuccess: onLogged,
  });
  const log = async () => {
    const v = await form.validateFields(['content', 'channel']).catch(() => null);
    if (!v || !draft) return;
    if (!draft.answer.trim()) {
      message.warning(t('intake.answerRequired'));
      return;
    }
    const all = form.getFieldsValue(true);
    consultation.mutate({
      input: { propertyId, ...callerOf(all), question: all.content, answer: draft.answer, topic: draft.topic || null },
      entryId: draft.entryId,
    });
  };
  return (
    <Modal
      open={!!draft}
      title={t('intake.consultationTitle')}
      onCancel={() => onChange(null)}
      onOk={log}
      okText={t('intake.logConsultationOk')}
      cancelText={t('common:action.cancel')}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'consultation-save' } as ButtonProps}
    >
      <Typography.Paragraph type="secondary">{t('intake.consultationHint')}</Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text strong>{t('field.question')}：</Typography.Text>
        {question || <Typography.Text type="danger">{t('intake.contentRequired')}</Typography.Text>}
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          rows={4}
          maxLength={2000}
          placeholder={t('field.answer')}
          value={draft?.answer}
          onChange={(e) => onChange({ ...draft, answer: e.target.value })}
          data-testid="consultation-answer"
        />
        <Input
          maxLength={100}
          placeholder={t('field.topic')}
          value={draft?.topic}
          onChange={(e) => onChange({ answer: draft?.answer ?? '', topic: e.target.value })}
        />
      </Space>
    </Modal>
  );
}
