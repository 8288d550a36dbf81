/** iCalendar subscriptions (X5): a secret URL per venue or organization, shown once; revocable. */
import { useState } from 'react';
import { Alert, Button, Empty, List, Modal, Popconfirm, Radio, Select, Space, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { STAFF_ROLES, type CalendarFeed } from '@hy/contracts';
import { useSession } from '../../lib/session';
import { useOrganizations } from '../places/api';
import { feedsQuery, useAllVenues, useCreateFeed, useRevokeFeed, wall } from './api';
import { useBookingLabels } from './labels';

type Feed = CalendarFeed & { url?: string };

export function CalendarFeedsButton() {
  const { t } = useBookingLabels();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const staff = session.roles.some((r) => STAFF_ROLES.includes(r));
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<'venue' | 'organization'>(staff ? 'venue' : 'organization');
  const [targetId, setTargetId] = useState<string | undefined>();
  const [created, setCreated] = useState<Feed | null>(null);
  const feeds = useQuery(feedsQuery(session.propertyId, open));
  const venues = useAllVenues(open && staff ? session.propertyId : null);
  const orgs = useOrganizations(session.propertyId, open && staff);
  const nameOf = (f: Feed) =>
    (f.kind === 'venue'
      ? venues.data?.find((v) => v.id === f.targetId)?.name
      : (orgs.data?.find((o) => o.id === f.targetId)?.name ??
        (f.targetId === session.me?.organizationId ? session.me?.organizationName : null))) ?? f.targetId.slice(0, 8);
  const create = useCreateFeed(session.propertyId, { onSuccess: setCreated });
  const revoke = useRevokeFeed(session.propertyId, { success: t('feeds.revoked') });
  const active = (feeds.data?.data ?? []).filter((f) => !f.revokedAt);
  return (
    <>
      <Button
        icon={<CalendarOutlined />}
        onClick={() => {
          setCreated(null);
          setOpen(true);
        }}
        data-testid="feeds-button"
      >
        {t('feeds.button')}
      </Button>
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} title={t('feeds.title')} width={640} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('feeds.hint')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          {staff && (
            <Radio.Group
              value={kind}
              onChange={(e) => {
                setKind(e.target.value);
                setTargetId(undefined);
              }}
              optionType="button"
              options={[
                { value: 'venue', label: t('feeds.kind.venue') },
                { value: 'organization', label: t('feeds.kind.organization') },
              ]}
            />
          )}
          {staff && (
            <Select
              showSearch
              optionFilterProp="label"
              style={{ width: 260 }}
              value={targetId}
              onChange={setTargetId}
              placeholder={t('feeds.pick')}
              options={
                kind === 'venue'
                  ? (venues.data ?? []).map((v) => ({ value: v.id, label: `${v.code} ${v.name}` }))
                  : (orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))
              }
            />
          )}
          {!staff && <Typography.Text>{session.me?.organizationName}</Typography.Text>}
          <Button
            type="primary"
            onClick={() => create.mutate({ kind, ...(staff || targetId ? { targetId } : {}) })}
            loading={create.isPending}
            disabled={staff && !targetId}
            data-testid="feed-create"
          >
            {t('feeds.create')}
          </Button>
        </Space>
        {created?.url && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('feeds.created')}
            description={
              <Typography.Text copyable={{ text: created.url }} code data-testid="feed-url" style={{ wordBreak: 'break-all' }}>
                {created.url}
              </Typography.Text>
            }
          />
        )}
        {active.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('feeds.none')} />
        ) : (
          <List
            size="small"
            bordered
            dataSource={active}
            renderItem={(f) => (
              <List.Item
                actions={[
                  <Popconfirm key="r" title={t('feeds.revokeConfirm')} onConfirm={() => revoke.mutate(f.id)}>
                    <Button size="small" danger type="link">
                      {t('feeds.revoke')}
                    </Button>
                  </Popconfirm>,
                ]}
              >
                {t(`feeds.kind.${f.kind}`)} · {nameOf(f)}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
                  {wall(f.createdAt, tz).format('YYYY-MM-DD HH:mm')}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Modal>
    </>
  );
}
