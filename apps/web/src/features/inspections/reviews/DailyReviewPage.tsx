/** 巡检日审: the manager reads one day's rounds and findings and signs the day off (once). */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PageHeader } from '../../../components/PageHeader';
import { DEFAULT_TZ, useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { FindingCard } from '../findings/FindingCard';
import { dailyReviewQuery, reviewKeys, signDay } from './api';

export default function DailyReviewPage() {
  const { t } = useTranslation('patrolReviews');
  const { propertyId, property } = useSession();
  const phone = useIsPhone();
  const fmt = useDateTime();
  const tz = property?.timeZone ?? DEFAULT_TZ;
  const [params, setParams] = useSearchParams();
  const day = params.get('day') ?? dayjs().tz(tz).format('YYYY-MM-DD');
  const [note, setNote] = useState('');
  const q = useQuery(dailyReviewQuery(propertyId, day));
  const sign = useApiMutation({
    mutationFn: () => signDay({ propertyId, day, note }),
    invalidate: [reviewKeys.all],
    success: t('daily.done'),
    onSuccess: () => setNote(''),
  });
  const d = q.data;
  const hhmm = (v: string) => dayjs(v).tz(tz).format('HH:mm');
  return (
    <>
      <PageHeader
        title={t('nav.daily')}
        extra={
          <DatePicker
            value={dayjs(day)}
            allowClear={false}
            onChange={(v) => v && setParams({ day: v.format('YYYY-MM-DD') })}
            data-testid="review-day"
          />
        }
      />
      <Typography.Paragraph type="secondary">{t('daily.subtitle')}</Typography.Paragraph>
      {d && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('daily.rounds')}>
            {d.rounds.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('daily.noRounds')} />
            ) : (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                scroll={phone ? { x: 560 } : undefined}
                dataSource={d.rounds}
                data-testid="review-rounds"
                columns={[
                  { title: t('round.plan'), dataIndex: 'planName' },
                  { title: t('round.assignee'), dataIndex: 'assigneeName', render: (v: string | null) => v ?? '—' },
                  { title: t('round.window'), key: 'w', render: (_: unknown, r) => `${hhmm(r.windowStart)}–${hhmm(r.windowEnd)}` },
                  {
                    title: t('round.state'),
                    key: 's',
                    render: (_: unknown, r) => (
                      <Space size={4}>
                        <Tag color={r.state === 'missed' ? 'red' : r.state === 'completed' ? 'green' : 'blue'}>
                          {t(`round.states.${r.state}`, { defaultValue: r.state })}
                        </Tag>
                        {r.late && <Tag color="orange">{t('round.late')}</Tag>}
                      </Space>
                    ),
                  },
                  { title: t('round.visits'), key: 'v', render: (_: unknown, r) => `${r.visits}/${r.checkpoints}` },
                  { title: t('round.findings'), dataIndex: 'findings' },
                ]}
              />
            )}
          </Card>
          <Card size="small" title={t('daily.findings')}>
            {d.findings.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('daily.noFindings')} />
            ) : (
              <Space direction="vertical" style={{ width: '100%' }} data-testid="review-findings">
                {d.findings.map((f) => (
                  <FindingCard key={f.id} f={f} />
                ))}
              </Space>
            )}
          </Card>
          {d.signedOff ? (
            <Alert
              type="success"
              showIcon
              data-testid="review-signed"
              message={t('daily.signed', { name: d.signedOff.signedByName, time: fmt(d.signedOff.signedAt) })}
              description={d.signedOff.note ?? undefined}
            />
          ) : d.policies.signOff ? (
            <Card size="small" title={t('daily.sign')}>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input.TextArea
                  rows={2}
                  maxLength={500}
                  placeholder={t('daily.signNote')}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
                <Button type="primary" block={phone} loading={sign.isPending} onClick={() => sign.mutate()} data-testid="review-sign">
                  {t('daily.sign')}
                </Button>
              </Space>
            </Card>
          ) : (
            <Typography.Text type="secondary">{t('daily.notSigned')}</Typography.Text>
          )}
        </Space>
      )}
    </>
  );
}
