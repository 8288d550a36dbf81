import { Alert, Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from '@hy/contracts';
import { useUpdateUser, type OrganizationOption } from '../api';

/** A user's profile: display name, phone, e-mail, organization (read-only where another system manages the user). */
export function UserProfileForm({ user, orgs }: { user: UserAccount; orgs: OrganizationOption[] }) {
  const { t } = useTranslation(['users', 'common']);
  const [form] = Form.useForm();
  const update = useUpdateUser({ form, success: t('common:msg.saved') });

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    update.mutate({
      id: user.id,
      body: {
        displayName: v.displayName,
        phone: v.phone || null,
        email: v.email || null,
        ...(orgs.length ? { organizationId: v.organizationId ?? null } : {}),
      },
    });
  };

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('users:profile')}
      </Typography.Title>
      {!user.policies.update && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('users:managedElsewhere')}
          data-testid="user-managed-elsewhere"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        disabled={!user.policies.update}
        initialValues={{
          displayName: user.displayName,
          phone: user.phone ?? '',
          email: user.email ?? '',
          organizationId: user.organizationId ?? undefined,
        }}
        key={user.id}
      >
        <Form.Item label={t('common:field.username')}>
          <Input value={user.username} disabled />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('common:field.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users:required', { field: t('common:field.displayName') }) }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="phone" label={t('common:field.phone')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="email" label={t('common:field.email')} rules={[{ type: 'email', message: t('users:emailInvalid') }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        {orgs.length > 0 && (
          <Form.Item name="organizationId" label={t('common:field.organization')}>
            <Select allowClear showSearch optionFilterProp="label" options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        )}
        {user.policies.update && (
          <Button type="primary" loading={update.isPending} onClick={save} data-testid="user-save">
            {t('common:action.save')}
          </Button>
        )}
      </Form>
    </>
  );
}
