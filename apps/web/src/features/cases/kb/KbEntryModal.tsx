/** A knowledge entry's dialog (new or edit): category, public and courtesy flags, question, answer, keywords. */
import { Col, Form, Input, Modal, Row, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KbEntry } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { saveKbEntry, useCaseWrite } from '../api';

export function KbEntryModal({
  form,
  editing,
  categories,
  onClose,
}: {
  form: FormInstance;
  editing: KbEntry | 'new' | null;
  categories: string[];
  onClose(): void;
}) {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const saveWrite = useCaseWrite(saveKbEntry, { form, success: t('common:msg.saved'), onSuccess: onClose });
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !editing) return;
    const input = { ...v, category: Array.isArray(v.category) ? v.category[0] : v.category };
    saveWrite.mutate(editing === 'new' ? { propertyId, input } : { propertyId, id: editing.id, version: editing.version, input });
  };
  return (
    <Modal
      open={!!editing}
      title={editing === 'new' ? t('kbAdmin.new') : t('common:action.edit')}
      onCancel={onClose}
      onOk={save}
      width={680}
      destroyOnHidden
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
    >
      <Form form={form} layout="vertical">
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item
              name="category"
              label={t('kbAdmin.category')}
              rules={[{ required: true, message: t('required', { field: t('kbAdmin.category') }) }]}
            >
              <Select mode="tags" maxCount={1} options={categories.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="public" label={t('kbAdmin.public')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="courtesy" label={t('kbAdmin.courtesy')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="question"
          label={t('kbAdmin.question')}
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('kbAdmin.question') }) }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="answer"
          label={t('kbAdmin.answer')}
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('kbAdmin.answer') }) }]}
        >
          <Input.TextArea rows={6} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="keywords" label={t('kbAdmin.keywords')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} maxCount={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
