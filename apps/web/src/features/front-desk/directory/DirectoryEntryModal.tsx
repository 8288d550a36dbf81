/** A directory entry's dialog (new or edit): kind, where it belongs, names, phones, emergency contact, executive rule. */
import { useEffect } from 'react';
import { Button, Checkbox, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ADMIT_RULES, DIRECTORY_KINDS, PHONE_PATTERN, type DirectoryEntry } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { archiveDirectoryEntry, directoryKeys, restoreDirectoryEntry, saveDirectoryEntry, type DirectoryInput } from './api';
import { DirectoryPicker } from './DirectoryPicker';

export function DirectoryEntryModal({ editing, onClose }: { editing: DirectoryEntry | 'new' | null; onClose(): void }) {
  const { t } = useTranslation(['directory', 'common']);
  const { propertyId } = useSession();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form);
  const save = useApiMutation({
    mutationFn: saveDirectoryEntry,
    form,
    invalidate: [directoryKeys.all],
    success: t('common:msg.saved'),
    onSuccess: onClose,
  });
  const archive = useApiMutation({
    mutationFn: (e: DirectoryEntry) => (e.archived ? restoreDirectoryEntry(e.id) : archiveDirectoryEntry(e.id)),
    invalidate: [directoryKeys.all],
    success: t('common:msg.saved'),
    onSuccess: onClose,
  });

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    form.setFieldsValue(
      editing === 'new'
        ? { kind: 'person', executive: false, admitRule: 'normal', parent: null }
        : { ...editing, parent: editing.parentId ? { id: editing.parentId, nameZh: editing.parentName, kind: 'tenant' } : null },
    );
  }, [editing, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !editing) return;
    const { parent, ...rest } = v as DirectoryInput & { parent: DirectoryEntry | null };
    const input: DirectoryInput = { ...rest, parentId: rest.kind === 'person' ? (parent?.id ?? null) : null };
    save.mutate(editing === 'new' ? { propertyId, input } : { propertyId, id: editing.id, input });
  };
  const phoneRule = { pattern: PHONE_PATTERN, message: t('form.phoneInvalid') };

  return (
    <Modal
      open={!!editing}
      title={editing === 'new' ? t('page.new') : t('common:action.edit')}
      onCancel={onClose}
      width="min(720px, calc(100vw - 16px))"
      destroyOnHidden
      footer={[
        editing && editing !== 'new' ? (
          <Button key="archive" danger={!editing.archived} onClick={() => archive.mutate(editing)} data-testid="directory-archive">
            {editing.archived ? t('form.restore') : t('form.archive')}
          </Button>
        ) : null,
        <Button key="cancel" onClick={onClose}>
          {t('common:action.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={save.isPending} onClick={submit} data-testid="directory-save">
          {t('common:action.save')}
        </Button>,
      ]}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="kind" label={t('field.kind')}>
          <Radio.Group optionType="button" options={DIRECTORY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        {kind === 'person' && (
          <Form.Item name="parent" label={t('field.parent')}>
            <DirectoryPicker kinds={['department', 'tenant']} testId="directory-parent" />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="nameZh"
              label={t('field.nameZh')}
              rules={[{ required: true, whitespace: true, message: t('form.nameRequired') }]}
            >
              <Input maxLength={60} data-testid="directory-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="nameEn" label={t('field.nameEn')}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="title" label={t('field.title')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="location" label={t('field.location')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('field.phone')} rules={[phoneRule]}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="mobile" label={t('field.mobile')} rules={[phoneRule]}>
              <Input maxLength={30} inputMode="tel" data-testid="directory-mobile" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="emergencyContact" label={t('field.emergencyContact')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="emergencyPhone" label={t('field.emergencyPhone')} rules={[phoneRule]}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'person' && (
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item name="executive" valuePropName="checked">
                <Checkbox>{t('executive')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={24} sm={16}>
              <Form.Item name="admitRule" label={t('field.admitRule')}>
                <Select options={ADMIT_RULES.map((r) => ({ value: r, label: t(`admitRule.${r}`) }))} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="note" label={t('field.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
