/**
 * 我的快递 (phone first, 390 px): the tenant's parcels waiting at the mail room, with the box to look in;
 * at the desk the tenant signs for pickup on their own phone. Picked-up items below. Refreshes on mail events.
 */
import { useState } from 'react';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MailItem } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useLive } from '../../../lib/live';
import { MAIL_LIVE_TOPICS, handOverMail, mailKeys, myMailQuery } from './api';
import { StatusTag } from './StatusTag';

function ParcelCard({ m }: { m: MailItem }) {
  const { t } = useTranslation('mail');
  const when = useDateTime();
  const { me } = useSession();
  const [asked, setAsked] = useState(false);
  const sign = useApiMutation({
    mutationFn: handOverMail,
    invalidate: [mailKeys.all],
    success: t('hand.done'),
  });
  return (
    <Card size="small" data-testid="my-parcel" style={{ marginBottom: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <div>
          <Typography.Text strong>{t(`kind.${m.kind}`)}</Typography.Text>{' '}
          {m.confidential && <Tag color="red">{t('flag.confidential')}</Tag>}
          <div>
            <Typography.Text type="secondary">{[m.carrier, m.trackingNo].filter(Boolean).join(' ')}</Typography.Text>
          </div>
          <div>
            <Typography.Text type="secondary">
              {t('mine.at', { time: when(m.receivedAt) })} · {t('mine.pieces', { n: m.pieces })}
            </Typography.Text>
          </div>
        </div>
        <Space direction="vertical" align="end" size={4}>
          {m.status === 'waiting' ? (
            <Tag color="blue" style={{ fontSize: 16, padding: '4px 10px' }}>
              {t('mine.box', { box: m.pigeonhole })}
            </Tag>
          ) : (
            <StatusTag item={m} />
          )}
        </Space>
      </Space>
      {m.status === 'waiting' && m.policies.handOver && (
        <Button
          type={asked ? 'primary' : 'default'}
          block
          size="large"
          style={{ marginTop: 12, minHeight: 44 }}
          loading={sign.isPending}
          data-testid="my-parcel-sign"
          onClick={() =>
            asked
              ? sign.mutate({ id: m.id, input: { version: m.version, signer: 'recipient', name: me?.displayName ?? '', method: 'portal' } })
              : setAsked(true)
          }
        >
          {asked ? t('hand.confirm') : t('mine.sign')}
        </Button>
      )}
      {m.pickup && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('mine.signedBy', { name: m.pickup.name })} · {when(m.pickup.at)}
        </Typography.Text>
      )}
    </Card>
  );
}

export default function MyParcelsPage() {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  useLive(MAIL_LIVE_TOPICS, [mailKeys.all], propertyId);
  const q = useQuery(myMailQuery(propertyId));
  const all = q.data?.data ?? [];
  const waiting = all.filter((m) => m.status === 'waiting');
  const rest = all.filter((m) => m.status !== 'waiting').slice(0, 20);
  return (
    <div style={{ maxWidth: 560 }}>
      <PageHeader title={t('nav.mine')} />
      <Typography.Title level={5}>
        {t('mine.waiting')} · {t('count', { n: waiting.length })}
      </Typography.Title>
      {!q.isLoading && !waiting.length && <Empty description={t('mine.empty')} />}
      {waiting.map((m) => (
        <ParcelCard key={m.id} m={m} />
      ))}
      {rest.length > 0 && <Typography.Title level={5}>{t('mine.history')}</Typography.Title>}
      {rest.map((m) => (
        <ParcelCard key={m.id} m={m} />
      ))}
    </div>
  );
}
