/** Review the pick-ups (drop-offs) grouped from the guests' arrivals (departures), then create them in one go. */
import { useState } from 'react';
import { Empty, Input, Modal, Radio, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useApiMutation } from '../../../lib/mutation';
import { suggestQuery, transportKeys, transportWrite } from './api';

export function SuggestModal(props: { eventId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('eventTransport');
  const [kind, setKind] = useState<'pickup' | 'dropoff'>('pickup');
  const [place, setPlace] = useState('');
  const q = useQuery(suggestQuery(props.eventId, kind, place, props.open));
  const rows = q.data?.transfers ?? [];
  const create = useApiMutation({
    mutationFn: () => transportWrite.pickups(props.eventId, { transfers: rows }),
    invalidate: [transportKeys.all(props.eventId)],
    success: t('created', { count: rows.length }),
    onSuccess: props.onClose,
  });
  return (
    <Modal
      open={props.open}
      onCancel={props.onClose}
      width={860}
      destroyOnHidden
      title={t('suggestTitle', { minutes: q.data?.windowMinutes ?? 60 })}
      okText={t('createAll')}
      okButtonProps={{ disabled: !rows.length, 'data-testid': 'suggest-create' }}
      confirmLoading={create.isPending}
      onOk={() => create.mutate()}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          options={[
            { value: 'pickup', label: t('suggest') },
            { value: 'dropoff', label: t('suggestDrop') },
          ]}
          optionType="button"
        />
        <Input placeholder={t('place')} value={place} onChange={(e) => setPlace(e.target.value)} style={{ width: 180 }} allowClear />
      </Space>
      {!rows.length && !q.isLoading ? (
        <Empty description={t('suggestNone')} />
      ) : (
        <Table
          size="small"
          rowKey={(r) => `${r.fromPlace}-${r.departsAt}`}
          loading={q.isLoading}
          pagination={false}
          dataSource={rows}
          data-testid="suggest-table"
          columns={[
            { title: t('f.departsAt'), render: (_, r) => dayjs(r.departsAt).format('MM-DD HH:mm'), width: 110 },
            { title: t('f.route'), render: (_, r) => `${r.fromPlace} → ${r.toPlace}` },
            { title: t('f.seats'), dataIndex: 'seats', width: 70 },
            { title: t('passengers'), render: (_, r) => <Typography.Text>{(r.names ?? []).join('、')}</Typography.Text> },
          ]}
        />
      )}
    </Modal>
  );
}
