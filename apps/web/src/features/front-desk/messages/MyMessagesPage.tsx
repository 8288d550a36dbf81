/** 我的留言: a tenant (or any user) reads the messages the desk took for them and confirms each one (phone-first). */
import { App, Button, Empty, Spin, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DeskMessage } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { useDateTime } from '../../../lib/format';
import { MESSAGE_LIVE_TOPICS, acknowledgeMessage, messageKeys, myMessagesQuery } from './api';
import './desk.css';

function MessageCard({ m }: { m: DeskMessage }) {
  const { t } = useTranslation('messages');
  const dt = useDateTime();
  const { message } = App.useApp();
  const ack = useApiMutation({
    mutationFn: acknowledgeMessage,
    invalidate: [messageKeys.all],
    onSuccess: () => message.success(t('mine.acked')),
  });
  const pending = m.status !== 'delivered';
  return (
    <div
      className={`fd-msg-card${pending ? ' pending' : ''}${pending && m.urgent ? ' urgent' : ''}`}
      data-testid="my-message"
      data-status={m.status}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
        <Typography.Text strong>
          {m.urgent && <Tag color="red">{t('form.urgent')}</Tag>}
          {m.callerName}
          {m.callerCompany ? `（${m.callerCompany}）` : ''}
        </Typography.Text>
        <Tag color={pending ? 'orange' : 'green'} style={{ marginInlineEnd: 0 }}>
          {pending ? t('mine.pending') : t(`how.${m.deliveredHow ?? 'app'}`)}
        </Tag>
      </div>
      <Typography.Paragraph style={{ margin: '8px 0', whiteSpace: 'pre-wrap', fontSize: 15 }}>{m.content}</Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('mine.takenAt')} {dt(m.takenAt)} · {m.recipientName}
      </Typography.Text>
      {(m.callerPhone || m.policies.acknowledge) && (
        <div style={{ display: 'flex', gap: 8, marginTop: 10 }}>
          {m.callerPhone && (
            <Button icon={<PhoneOutlined />} href={`tel:${m.callerPhone}`} style={{ minHeight: 40, flex: 1 }}>
              {t('mine.callBack')} {m.callerPhone}
            </Button>
          )}
          {m.policies.acknowledge && (
            <Button
              type="primary"
              style={{ minHeight: 40, flex: 1 }}
              loading={ack.isPending}
              onClick={() => ack.mutate(m.id)}
              data-testid="ack-message"
            >
              {t('mine.ack')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

export default function MyMessagesPage() {
  const { t } = useTranslation('messages');
  const { propertyId } = useSession();
  useLive(MESSAGE_LIVE_TOPICS, [messageKeys.all], propertyId);
  const list = useInfiniteQuery(myMessagesQuery());
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <div style={{ maxWidth: 640 }}>
      <PageHeader title={t('mine.title')} />
      {list.isLoading ? (
        <Spin />
      ) : rows.length === 0 ? (
        <Empty description={t('mine.empty')} />
      ) : (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
          {rows.map((m) => (
            <MessageCard key={m.id} m={m} />
          ))}
          {list.hasNextPage && (
            <Button block style={{ minHeight: 40 }} loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
              {t('more')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
