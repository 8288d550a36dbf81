/** A task template's drawer (new or edit): code, department, title, instructions, timing, scope, quantity, order. */
import { Button, Col, Drawer, Form, Input, InputNumber, Row, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../../lib/session';
import { useSaveTaskTemplate, type TaskTemplate } from '../../api';
import { toBody, type FormValues } from './templateForm';
import { useTemplateOptions } from './useTemplateOptions';
import { TimingFields } from './TimingFields';
import { QuantityFields } from './QuantityFields';

export function TemplateDrawer({
  form,
  editing,
  onClose,
}: {
  form: FormInstance<FormValues>;
  editing: TaskTemplate | 'new' | null;
  onClose(): void;
}) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const O = useTemplateOptions();
  const saveTemplate = useSaveTaskTemplate({ form, success: t('tpl.saved'), onSuccess: onClose });
  async function save() {
    const v = await form.validateFields();
    const body = toBody(v);
    if (editing === 'new') saveTemplate.mutate({ id: null, body: { propertyId, code: v.code ?? '', ...body } });
    else saveTemplate.mutate({ id: (editing as TaskTemplate).id, body: { ...body, active: v.active ?? true } });
  }
  return (
    <Drawer
      open={!!editing}
      onClose={onClose}
      width={600}
      destroyOnHidden
      title={editing === 'new' ? t('tpl.add') : t('tpl.edit')}
      extra={
        <Button type="primary" onClick={save} loading={saveTemplate.isPending} data-testid="tpl-save">
          {tc('action.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical">
        <Row gutter={12}>
          {editing === 'new' && (
            <Col span={12}>
              <Form.Item
                name="code"
                label={t('tpl.code')}
                extra={t('tpl.codeHint')}
                rules={[{ required: true, pattern: /^[a-z][a-z0-9_.]{1,63}$/ }]}
              >
                <Input />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item name="department" label={t('tpl.department')} rules={[{ required: true }]}>
              <Select options={O.departments} />
            </Form.Item>
          </Col>
          {editing !== 'new' && (
            <Col span={12}>
              <Form.Item name="active" label={t('tpl.active')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item name="title" label={t('tpl.titleField')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="instructions" label={t('tpl.instructions')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <TimingFields />
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="venueClasses" label={t('tpl.venueClasses')}>
              <Select mode="multiple" allowClear options={O.venueClasses} placeholder={t('tpl.any')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="services" label={t('tpl.services')}>
              <Select mode="multiple" allowClear options={O.services} placeholder={t('tpl.any')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="venueTypes" label={t('tpl.venueTypes')}>
          <Select mode="multiple" allowClear options={O.venueTypes} placeholder={t('tpl.any')} />
        </Form.Item>
        <Form.Item name="excludeVenueTypes" label={t('tpl.excludeVenueTypes')}>
          <Select mode="multiple" allowClear options={O.venueTypes} />
        </Form.Item>
        <QuantityFields />
        <Form.Item name="sort" label={t('tpl.sort')}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
