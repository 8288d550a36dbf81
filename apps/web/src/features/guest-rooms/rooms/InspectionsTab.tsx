/** The vacated-room inspections (latest first) and the items left behind, handed in to the front desk. */
import { Button, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { guestKeys, inspectionsQuery, leftItemsQuery, write } from '../api';

export function InspectionsTab() {
  const { t } = useTranslation('guestRooms');
  const { propertyId, can } = useSession();
  const ins = useQuery(inspectionsQuery(propertyId)).data?.data ?? [];
  const items = useQuery(leftItemsQuery(propertyId)).data?.data ?? [];
  const [to, setTo] = useState<Record<string, string>>({});
  const handIn = useApiMutation({
    mutationFn: (id: string) => write.handIn(id, to[id] ?? ''),
    invalidate: [guestKeys.all],
  });
  const when = (s: string | null) => (s ? dayjs(s).format('MM-DD HH:mm') : '');
  return (
    <>
      <Typography.Title level={5}>{t('inspection.leftList')}</Typography.Title>
      {items.length === 0 && <Empty description={t('common.empty')} />}
      <List
        dataSource={items}
        renderItem={(l) => (
          <List.Item data-testid="left-item-row">
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <b>{l.roomNumber}</b>
                <span>{l.description}</span>
                {l.valuable && <Tag color="red">{t('inspection.valuable')}</Tag>}
                {l.handedInAt ? (
                  <Tag color="green">{t('inspection.handedIn', { name: l.handedToName })}</Tag>
                ) : (
                  <Tag color="orange">{t('inspection.held')}</Tag>
                )}
              </Space>
              <Typography.Text type="secondary">
                {when(l.foundAt)} {l.foundByName}
              </Typography.Text>
              {!l.handedInAt && can('guestrooms.manage') && (
                <Space.Compact style={{ width: '100%' }}>
                  <Input
                    placeholder={t('inspection.handedTo')}
                    value={to[l.id] ?? ''}
                    onChange={(e) => setTo({ ...to, [l.id]: e.target.value })}
                    data-testid="hand-in-to"
                  />
                  <Button type="primary" disabled={!to[l.id]} onClick={() => handIn.mutate(l.id)} data-testid="hand-in">
                    {t('inspection.handIn')}
                  </Button>
                </Space.Compact>
              )}
            </Space>
          </List.Item>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('board.tabs.inspections')}
      </Typography.Title>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 8 }}>
        {ins.map((i) => (
          <Card
            key={i.id}
            size="small"
            title={`${i.roomNumber}${i.hostUnit ? ` · ${i.hostUnit}` : ''}`}
            extra={i.cleanedAt ? <Tag color="green">{t('inspection.cleanedAt')}</Tag> : null}
          >
            <div>
              {t('inspection.inspectedAt')}：{when(i.inspectedAt)} {i.inspectorName}
            </div>
            {i.damage && (
              <div>
                {t('inspection.damage')}：{i.damage}
              </div>
            )}
            {i.consumables && (
              <div>
                {t('inspection.consumables')}：{i.consumables}
              </div>
            )}
            {i.leftItems.length > 0 && (
              <div>
                {t('inspection.leftItems')}：{i.leftItems.map((x) => x.description).join('、')}
              </div>
            )}
            {i.cleanedAt && (
              <div>
                {t('inspection.cleanedAt')}：{when(i.cleanedAt)} {i.cleanedByName}
              </div>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
