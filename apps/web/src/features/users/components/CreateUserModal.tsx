import { App, Button, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { ApiError } from '../../../lib/api';
import { useCreateUser, type OrganizationOption } from '../api';
import type { RoleOption } from '../types';

export function CreateUserModal({
  open,
  onClose,
  roleOptions,
  orgs,
}: {
  open: boolean;
  onClose(): void;
  roleOptions: RoleOption[];
  orgs: OrganizationOption[];
}) {
  const { t } = useTranslation(['users', 'common']);
  const { propertyId, property } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const create = useCreateUser({
    form,
    success: t('common:msg.created'),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
    onError: (msg, err) => {
      // Field errors on nested paths (roles.0.role) belong to the multi-select as a whole.
      const nested = err instanceof ApiError ? (err.problem.fields ?? []).find((f) => f.path.startsWith('roles.')) : undefined;
      if (nested) form.setFields([{ name: 'roles', errors: [nested.message] }]);
      message.error(msg);
    },
  });

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !propertyId) return;
    create.mutate({
      username: v.username,
      displayName: v.displayName,
      password: v.password,
      phone: v.phone || null,
      email: v.email || null,
      organizationId: v.organizationId ?? null,
      roles: (v.roles as Role[]).map((role) => ({ propertyId, role })),
    });
  };

  return (
    <Modal
      open={open}
      title={t('users:createTitle')}
      onCancel={onClose}
      width={640}
      style={{ top: 40 }}
      destroyOnHidden
      maskClosable={false}
      footer={[
        <Button key="c" onClick={onClose}>
          {t('common:action.cancel')}
        </Button>,
        <Button key="s" type="primary" loading={create.isPending} onClick={submit} data-testid="user-save">
          {t('common:action.save')}
        </Button>,
      ]}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ roles: [] }} requiredMark>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="username"
              label={t('common:field.username')}
              extra={t('users:usernameRule')}
              rules={[
                { required: true, message: t('users:required', { field: t('common:field.username') }) },
                { pattern: /^[A-Za-z0-9_.@-]{2,64}$/, message: t('users:usernameRule') },
              ]}
            >
              <Input autoComplete="off" data-testid="user-username" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="displayName"
              label={t('common:field.displayName')}
              rules={[{ required: true, whitespace: true, message: t('users:required', { field: t('common:field.displayName') }) }]}
            >
              <Input maxLength={64} data-testid="user-displayName" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="password"
          label={t('users:initialPassword')}
          extra={t('users:passwordRule')}
          rules={[{ required: true, message: t('users:required', { field: t('users:initialPassword') }) }]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('common:field.phone')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={t('common:field.email')} rules={[{ type: 'email', message: t('users:emailInvalid') }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="roles"
          label={t('common:field.roles')}
          extra={t('users:rolesHint', { property: property?.name ?? '' })}
          rules={[{ required: true, type: 'array', min: 1, message: t('users:rolesRequired') }]}
        >
          <Select mode="multiple" options={roleOptions} optionFilterProp="label" allowClear data-testid="user-roles" />
        </Form.Item>
        {orgs.length > 0 && (
          <Form.Item name="organizationId" label={t('common:field.organization')} extra={t('users:organizationHint')}>
            <Select allowClear showSearch optionFilterProp="label" options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
