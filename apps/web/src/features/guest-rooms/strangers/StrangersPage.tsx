/** 可疑人员: any staff member reports a stranger on a guest floor (security is told); the reports and security's follow-up. */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { PageHeader } from '../../../components/PageHeader';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { guestKeys, strangersQuery, write } from '../api';

interface Values {
  building: string;
  floor: string;
  place?: string;
  seenAt: Dayjs;
  description: string;
}

function ReportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('guestRooms');
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation({
    mutationFn: (v: Values) => write.report({ propertyId, ...v, place: v.place || null, seenAt: v.seenAt.format(), photoIds: [] }),
    form,
    invalidate: [guestKeys.all],
    success: t('stranger.done'),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      destroyOnHidden
      title={t('stranger.report')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'stranger-submit' } as never}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ building: '北楼', seenAt: dayjs() }}>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="building" label={t('stranger.building')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="floor" label={t('stranger.floor')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Input maxLength={20} placeholder="8F" data-testid="stranger-floor" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="place" label={t('stranger.place')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="seenAt" label={t('stranger.seenAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="description" label={t('stranger.description')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="stranger-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function StrangersPage() {
  const { t } = useTranslation('guestRooms');
  const { propertyId, can } = useSession();
  const reports = useQuery(strangersQuery(propertyId, can('guestrooms.read'))).data?.data ?? [];
  const [open, setOpen] = useState(false);
  const [follow, setFollow] = useState<Record<string, string>>({});
  const close = useApiMutation({
    mutationFn: (id: string) => write.closeReport(id, follow[id] ?? ''),
    invalidate: [guestKeys.all],
    success: t('stranger.closedDone'),
  });
  return (
    <>
      <PageHeader
        title={t('nav.strangers')}
        extra={
          <Button
            type="primary"
            danger
            icon={<PlusOutlined />}
            style={{ minHeight: 40 }}
            onClick={() => setOpen(true)}
            data-testid="stranger-open"
          >
            {t('stranger.report')}
          </Button>
        }
      />
      {can('guestrooms.read') && reports.length === 0 && <Empty description={t('common.empty')} />}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 8 }}>
        {reports.map((r) => (
          <Card
            key={r.id}
            size="small"
            data-testid="stranger-card"
            title={`${r.building} ${r.floor}${r.place ? ` · ${r.place}` : ''}`}
            extra={<Tag color={r.closedAt ? 'green' : 'red'}>{t(r.closedAt ? 'stranger.closed' : 'stranger.open')}</Tag>}
          >
            <div>{r.description}</div>
            <Typography.Text type="secondary">
              {t('stranger.seenAt')} {dayjs(r.seenAt).format('MM-DD HH:mm')} · {t('stranger.reportedBy')} {r.reportedByName}
            </Typography.Text>
            {r.followUp && (
              <div>
                {t('stranger.followUp')}：{r.followUp}（{r.closedByName}）
              </div>
            )}
            {r.policies.close && (
              <Space.Compact style={{ width: '100%', marginTop: 8 }}>
                <Input
                  placeholder={t('stranger.followUp')}
                  value={follow[r.id] ?? ''}
                  onChange={(e) => setFollow({ ...follow, [r.id]: e.target.value })}
                />
                <Button type="primary" disabled={!follow[r.id]} onClick={() => close.mutate(r.id)}>
                  {t('stranger.close')}
                </Button>
              </Space.Compact>
            )}
          </Card>
        ))}
      </div>
      <ReportModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
