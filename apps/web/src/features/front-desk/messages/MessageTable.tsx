/** The message book: undelivered messages first (with "told by phone / in person"), then the history. */
import { useState } from 'react';
import { Button, Input, Space, Tag, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DeskMessage } from '@hy/contracts';
import { PagedTable } from '../../../components/PagedTable';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { useDateTime } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { deliverMessage, messageKeys, messagesQuery } from './api';

const STATUS_COLOR = { logged: 'red', notified: 'orange', delivered: 'green' } as const;

function useColumns(withActions: boolean) {
  const { t } = useTranslation('messages');
  const dt = useDateTime();
  const deliver = useApiMutation({ mutationFn: deliverMessage, invalidate: [messageKeys.all], success: t('delivered') });
  return [
    { title: t('col.takenAt'), dataIndex: 'takenAt', width: 130, render: (v: string) => dt(v) },
    {
      title: t('col.recipient'),
      dataIndex: 'recipientName',
      width: 150,
      render: (v: string, m: DeskMessage) => (
        <>
          {m.urgent && <Tag color="red">{t('form.urgent')}</Tag>}
          {v}
        </>
      ),
    },
    {
      title: t('col.caller'),
      dataIndex: 'callerName',
      width: 130,
      render: (v: string, m: DeskMessage) => (
        <>
          {v}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {[m.callerCompany, m.callerPhone].filter(Boolean).join(' · ')}
          </Typography.Text>
        </>
      ),
    },
    { title: t('col.content'), dataIndex: 'content', render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> },
    {
      title: t('col.status'),
      dataIndex: 'status',
      width: 120,
      render: (s: DeskMessage['status'], m: DeskMessage) => (
        <>
          <Tag color={STATUS_COLOR[s]}>{t(`status.${s}`)}</Tag>
          {m.deliveredHow && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t(`how.${m.deliveredHow}`)} {dt(m.deliveredAt)}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('col.takenBy'), dataIndex: 'takenByName', width: 70 },
    ...(withActions
      ? [
          {
            title: '',
            key: 'act',
            width: 120,
            className: 'no-print',
            render: (_: unknown, m: DeskMessage) =>
              m.policies.deliver && (
                <Space direction="vertical" size={4}>
                  <Button size="small" data-testid="deliver-phone" onClick={() => deliver.mutate({ id: m.id, how: 'phone' })}>
                    {t('deliverPhone')}
                  </Button>
                  <Button size="small" onClick={() => deliver.mutate({ id: m.id, how: 'in_person' })}>
                    {t('deliverInPerson')}
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];
}

export function MessageTable(props: { state: 'open' | 'delivered' }) {
  const { t } = useTranslation('messages');
  const { propertyId } = useSession();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const list = useInfiniteQuery(messagesQuery(propertyId, { state: props.state, q: props.state === 'open' ? undefined : q }));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const columns = useColumns(props.state === 'open');
  return (
    <>
      {props.state === 'delivered' && (
        <Input.Search
          allowClear
          placeholder={t('search')}
          onChange={(e) => setText(e.target.value)}
          style={{ maxWidth: 320, marginBottom: 8 }}
          className="no-print"
        />
      )}
      <PagedTable<DeskMessage>
        list={list}
        dataSource={rows}
        columns={columns}
        size="small"
        tableLayout="fixed"
        scroll={{ x: 820 }}
        data-testid={props.state === 'open' ? 'open-messages' : 'message-history'}
        onRow={(m) =>
          ({ 'data-testid': 'message-row', style: m.urgent && m.status !== 'delivered' ? { background: '#fff1f0' } : undefined }) as object
        }
        empty={props.state === 'open' ? t('noneOpen') : t('common:msg.noData')}
        total={t('count', { count: rows.length })}
        loadMore={t('more')}
      />
    </>
  );
}
