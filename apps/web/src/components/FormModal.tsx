import type { ReactNode } from 'react';
import { Form, Modal, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

/** A dialog holding one vertical form: save submits it, the server's message (if any) shows above the fields. */
export function FormModal<V>(props: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  form: FormInstance<V>;
  name: string;
  saving: boolean;
  error: string | null;
  onFinish: (values: V) => void;
  onValuesChange?: (changed: Partial<V>, values: V) => void;
  saveTestId: string;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={props.open}
      onCancel={props.onClose}
      title={props.title}
      destroyOnHidden
      width={props.width}
      onOk={() => props.form.submit()}
      confirmLoading={props.saving}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      okButtonProps={{ 'data-testid': props.saveTestId } as Record<string, string>}
    >
      {props.error && <Typography.Paragraph type="danger">{props.error}</Typography.Paragraph>}
      <Form form={props.form} layout="vertical" name={props.name} onFinish={props.onFinish} onValuesChange={props.onValuesChange}>
        {props.children}
      </Form>
    </Modal>
  );
}
