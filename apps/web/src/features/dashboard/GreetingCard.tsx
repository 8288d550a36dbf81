import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../lib/session';
import { roleLabel } from '../../i18n';
import { calendarDayQuery } from './api';

/** Today's date (YYYY-MM-DD) in the property's time zone. */
function todayIn(timeZone: string | undefined) {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone || 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
  } catch {
    return dayjs().format('YYYY-MM-DD');
  }
}

function greetingKey(hour: number) {
  if (hour < 11) return 'morning';
  if (hour < 13) return 'noon';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/** Good morning (afternoon …) by name, my roles here, and today's date with its kind (working day, holiday …). */
export function GreetingCard() {
  const { t, i18n } = useTranslation(['dashboard', 'common']);
  const { me, property, propertyId, roles } = useSession();
  const en = i18n.language === 'en-US';
  const today = todayIn(property?.timeZone);
  const day = useQuery(calendarDayQuery(propertyId, today));
  const todayRow = day.data?.data[0];
  const dateText = dayjs(today)
    .locale(en ? 'en' : 'zh-cn')
    .format(t('dashboard:dateFormat'));
  const hour =
    Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: property?.timeZone || 'Asia/Shanghai', hour: '2-digit', hour12: false }).format(
        new Date(),
      ),
    ) % 24;
  return (
    <Card
      style={{ marginBottom: 16, background: 'linear-gradient(120deg, #e8f1ff 0%, #ffffff 70%)' }}
      styles={{ body: { padding: '20px 24px' } }}
    >
      <Row gutter={[16, 12]} align="middle" justify="space-between">
        <Col xs={24} lg={15}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="greeting">
            {t(`dashboard:greeting.${greetingKey(hour)}`, { name: me?.displayName })}
          </Typography.Title>
          <div style={{ marginTop: 10 }}>
            <Typography.Text type="secondary" style={{ marginRight: 8 }}>
              {property ? t('dashboard:rolesIn', { property: property.name }) : ''}
            </Typography.Text>
            {roles.length ? (
              <Space size={[0, 6]} wrap style={{ display: 'inline-flex' }}>
                {roles.map((r) => (
                  <Tag key={r} color={r === 'admin' ? 'gold' : 'geekblue'}>
                    {roleLabel(r, i18n.language)}
                  </Tag>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('dashboard:noRoles')}</Typography.Text>
            )}
          </div>
        </Col>
        <Col xs={24} lg={9} style={{ textAlign: 'right' }}>
          <Space direction="vertical" size={6} align="end" style={{ width: '100%' }}>
            <Typography.Text style={{ fontSize: 16 }} data-testid="today">
              <CalendarOutlined style={{ marginRight: 6, color: '#1677ff' }} />
              {t('dashboard:today', { date: dateText })}
            </Typography.Text>
            {todayRow ? (
              <Space size={4}>
                <Tag color={todayRow.working ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }} data-testid="day-kind">
                  {t(`dashboard:day.${todayRow.kind}`)}
                </Tag>
                {todayRow.name && <Tag color="red">{todayRow.name}</Tag>}
              </Space>
            ) : day.isError ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('dashboard:day.unknown')}
              </Typography.Text>
            ) : null}
          </Space>
        </Col>
      </Row>
    </Card>
  );
}
