import { Card, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession, type MeProperty } from '../../lib/session';
import { roleLabel } from '../../i18n';
import { useChangeLocale } from './api';

/** Who the signed-in user is, and their roles in each property (the current one marked). */
export function ProfileCard() {
  const { t, i18n } = useTranslation(['account', 'common']);
  const session = useSession();
  const me = session.me!;
  const none = <Typography.Text type="secondary">{t('account:none')}</Typography.Text>;
  const setLocale = useChangeLocale({ success: () => t('account:messageLanguageSaved') });
  return (
    <Card
      title={
        <Space>
          <UserOutlined />
          {t('account:profile')}
        </Space>
      }
      style={{ height: '100%' }}
    >
      <Descriptions column={{ xs: 1, sm: 2 }} size="small" data-testid="profile">
        <Descriptions.Item label={t('common:field.displayName')}>{me.displayName}</Descriptions.Item>
        <Descriptions.Item label={t('common:field.username')}>{me.username}</Descriptions.Item>
        <Descriptions.Item label={t('common:field.organization')}>{me.organizationName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('common:field.unit')}>{me.unitLabel ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('common:field.phone')}>{me.phone ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('common:field.email')}>{me.email ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('account:messageLanguage')}>
          <Select
            size="small"
            style={{ minWidth: 120 }}
            value={me.locale === 'en-US' ? 'en-US' : 'zh-CN'}
            loading={setLocale.isPending}
            onChange={(locale: 'zh-CN' | 'en-US') => setLocale.mutate({ locale })}
            data-testid="message-locale"
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en-US', label: 'English' },
            ]}
          />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('account:rolesTitle')}
      </Typography.Title>
      <Table<MeProperty>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={me.properties}
        columns={[
          {
            title: t('account:property'),
            dataIndex: 'name',
            width: 200,
            render: (n: string, p) => (
              <Space size={4}>
                {n}
                {p.id === session.propertyId && <Tag color="blue">{t('account:current')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('account:roles'),
            dataIndex: 'roles',
            render: (rs: MeProperty['roles']) =>
              rs.length ? (
                <Space size={[0, 4]} wrap>
                  {rs.map((r) => (
                    <Tag key={r} color={r === 'admin' ? 'gold' : 'geekblue'}>
                      {roleLabel(r, i18n.language)}
                    </Tag>
                  ))}
                </Space>
              ) : (
                none
              ),
          },
        ]}
      />
    </Card>
  );
}
