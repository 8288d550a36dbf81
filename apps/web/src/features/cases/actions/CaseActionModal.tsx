/** The case's action dialogs: one modal, a form per action; server refusals (422) are shown in it. */
import { useEffect, useState } from 'react';
import type { ButtonProps } from 'antd';
import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';
import { ApiError } from '../../../lib/api';
import { useCaseWrite } from '../api';
import { initialValues, performAction, type CaseAction } from './caseAction';
import { useAssignees } from './useAssignees';
import { ActionFields } from './ActionFields';
import { RefusalAlert, type Refusal } from './RefusalAlert';

export function CaseActionModal({ c, action, onClose }: { c: CaseDetail; action: CaseAction | null; onClose(): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // the closing conditions (S8) and other 422 refusals are shown in the dialog; field errors land on the form
  const write = useCaseWrite((run: () => Promise<unknown>) => run(), {
    form,
    success: () => (action ? t(`action.${action.kind}Done`) : undefined),
    onSuccess: () => onClose(),
    onError: (text, err) => {
      if (err instanceof ApiError && Array.isArray((err.problem as { reasons?: unknown }).reasons)) {
        const reasons = (err.problem as unknown as { reasons: { message: string }[] }).reasons.map((r) => r.message);
        setRefusal({ title: err.problem.title, reasons });
      } else if (err instanceof ApiError && err.status === 422) {
        setRefusal({ title: err.problem.title, reasons: err.problem.detail ? [err.problem.detail] : [] });
      } else message.error(text);
    },
  });
  const assignees = useAssignees(action);

  useEffect(() => {
    setRefusal(null);
    form.resetFields();
  }, [action, form]);

  if (!action) return null;
  const k = action.kind;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setRefusal(null);
    write.mutate(() => performAction(action, c, v));
  };

  return (
    <Modal
      open
      title={`${t(`action.${k}`)} · ${'wo' in action ? action.wo.number : c.number}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={write.isPending}
      okText={k === 'signOffEmergency' ? t('signOff.ok') : t('common:action.confirm')}
      cancelText={t('common:action.cancel')}
      width={k === 'issue' || k === 'classify' ? 640 : 520}
      destroyOnHidden
      maskClosable={false}
      okButtonProps={
        {
          danger: k === 'void' || k === 'signOffEmergency',
          'data-testid': k === 'signOffEmergency' ? 'emergency-signoff-submit' : 'action-ok',
        } as ButtonProps
      }
    >
      {refusal && <RefusalAlert refusal={refusal} />}
      <Form form={form} layout="vertical" initialValues={initialValues(action, c)} preserve={false}>
        <ActionFields c={c} action={action} assignees={assignees} />
      </Form>
    </Modal>
  );
}
