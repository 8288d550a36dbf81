import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Space, Table, Tag, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSession, type MeProperty } from '../../app/session';
import { api, ApiError } from '../../lib/api';
import { applyProblem } from '../../lib/errors';
import { roleLabel } from '../../i18n';

export default function AccountPage() {
  const { t, i18n } = useTranslation(['account', 'common']);
  const session = useSession();
  const me = session.me!;
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      await api.post('/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      message.success(t('account:changed'));
      form.resetFields();
      await session.refresh();
    } catch (err) {
      const msg = applyProblem(err, form, t('common:error.generic'));
      // "wrong_password" carries the same text as title and detail: say it once.
      message.error(err instanceof ApiError && err.problem.detail === err.problem.title ? err.problem.title : msg);
    } finally {
      setSaving(false);
    }
  };

  const none = <Typography.Text type="secondary">{t('account:none')}</Typography.Text>;

  return (
    <>
      <PageHeader title={t('account:title')} />
      {me.mustChangePassword && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('account:mustChangeTitle')} description={t('account:mustChangeBody')} data-testid="must-change-alert" />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={<Space><UserOutlined />{t('account:profile')}</Space>} style={{ height: '100%' }}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small" data-testid="profile">
              <Descriptions.Item label={t('common:field.displayName')}>{me.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('common:field.username')}>{me.username}</Descriptions.Item>
              <Descriptions.Item label={t('common:field.organization')}>{me.organizationName ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('common:field.unit')}>{me.unitLabel ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('common:field.phone')}>{me.phone ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('common:field.email')}>{me.email ?? none}</Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 16 }}>{t('account:rolesTitle')}</Typography.Title>
            <Table<MeProperty>
              size="small" rowKey="id" pagination={false} dataSource={me.properties}
              columns={[
                {
                  title: t('account:property'), dataIndex: 'name', width: 200,
                  render: (n: string, p) => <Space size={4}>{n}{p.id === session.propertyId && <Tag color="blue">{t('account:current')}</Tag>}</Space>,
                },
                {
                  title: t('account:roles'), dataIndex: 'roles',
                  render: (rs: MeProperty['roles']) => (rs.length ? <Space size={[0, 4]} wrap>{rs.map((r) => <Tag key={r} color={r === 'admin' ? 'gold' : 'geekblue'}>{roleLabel(r, i18n.language)}</Tag>)}</Space> : none),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<Space><LockOutlined />{t('account:changePassword')}</Space>} style={{ height: '100%' }}>
            <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} data-testid="password-form">
              <Form.Item name="currentPassword" label={t('common:field.currentPassword')} rules={[{ required: true, message: t('account:required', { field: t('common:field.currentPassword') }) }]}>
                <Input.Password autoComplete="current-password" data-testid="current-password" />
              </Form.Item>
              <Form.Item
                name="newPassword" label={t('common:field.newPassword')} extra={t('account:rule')} dependencies={['currentPassword']}
                rules={[
                  { required: true, message: t('account:required', { field: t('common:field.newPassword') }) },
                  ({ getFieldValue }) => ({ validator: (_, v) => (v && v === getFieldValue('currentPassword') ? Promise.reject(new Error(t('account:sameAsOld'))) : Promise.resolve()) }),
                ]}
              >
                <Input.Password autoComplete="new-password" data-testid="new-password" />
              </Form.Item>
              <Form.Item
                name="confirmPassword" label={t('common:field.confirmPassword')} dependencies={['newPassword']}
                rules={[
                  { required: true, message: t('account:required', { field: t('common:field.confirmPassword') }) },
                  ({ getFieldValue }) => ({ validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account:mismatch')))) }),
                ]}
              >
                <Input.Password autoComplete="new-password" data-testid="confirm-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={saving} data-testid="password-save">{t('account:changePassword')}</Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </>
  );
}
