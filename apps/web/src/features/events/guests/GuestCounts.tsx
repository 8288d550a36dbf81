/** The live counts of the guests tab: RSVP cards, per day, per meal (with dietary), per session with sign-ins, the invitation text. */
import { App, Button, Card, Col, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { GuestCounts as Counts } from '@hy/contracts';

export function GuestCounts({ c }: { c: Counts }) {
  const { t } = useTranslation('eventGuests');
  const { message } = App.useApp();
  const cards: [string, number][] = [
    ['total', c.total],
    ['invited', c.invited],
    ['registered', c.registered],
    ['declined', c.declined],
    ['pending', c.pending],
    ['people', c.people],
    ['hotel', c.hotelNeeded],
    ['vip', c.vip],
  ];
  const text = `${c.invitation.zh}\n\n${c.invitation.en}`;
  const meals = Object.entries(c.perMeal).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <Row gutter={[12, 12]} data-testid="guest-counts">
        {cards.map(([k, v]) => (
          <Col key={k} xs={12} sm={6} lg={3}>
            <Card size="small">
              <Statistic title={t(`card.${k}`)} value={v} valueStyle={{ fontSize: 22 }} data-testid={`count-${k}`} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('perDay')}>
            {Object.keys(c.perDay).length ? (
              Object.entries(c.perDay)
                .sort()
                .map(([d, n]) => (
                  <Tag key={d} color="blue" style={{ marginBottom: 4 }}>
                    {dayjs(d).format('MM-DD')}：{n}
                  </Tag>
                ))
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
            <Typography.Title level={5} style={{ marginTop: 12 }}>
              {t('perMeal')}
            </Typography.Title>
            <List
              size="small"
              dataSource={meals}
              locale={{ emptyText: ' ' }}
              renderItem={([k, m]) => (
                <List.Item>
                  <span>
                    {dayjs(k.slice(0, 10)).format('MM-DD')} {t(`meal.${k.slice(11)}`)}
                  </span>
                  <span>
                    <b>{m.people}</b>{' '}
                    {Object.entries(m.dietary)
                      .filter(([d]) => d !== 'none')
                      .map(([d, n]) => (
                        <Tag key={d} color="orange">
                          {t(`dietary.${d}`)} {n}
                        </Tag>
                      ))}
                  </span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('perSession')}>
            <List
              size="small"
              dataSource={c.sessions}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
              renderItem={(s) => (
                <List.Item data-testid="session-count">
                  <List.Item.Meta title={s.title} description={dayjs(s.startsAt).format('MM-DD HH:mm')} />
                  {s.noticeId ? (
                    <Typography.Text>{t('signed', { x: s.signedIn ?? 0, y: s.registered })}</Typography.Text>
                  ) : (
                    <Typography.Text type="secondary" title={t('noNotice')}>
                      {s.registered}
                    </Typography.Text>
                  )}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            size="small"
            title={t('invitation')}
            extra={
              <Button
                size="small"
                icon={<CopyOutlined />}
                onClick={() => void navigator.clipboard?.writeText(text).then(() => message.success(t('copied')))}
              >
                {t('copy')}
              </Button>
            }
          >
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }} data-testid="invitation-text">
              {text}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{t('closes', { day: c.closesOn })}</Typography.Text>
          </Card>
        </Col>
      </Row>
    </>
  );
}
