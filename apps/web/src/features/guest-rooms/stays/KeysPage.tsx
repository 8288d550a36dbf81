/** 钥匙登记: keys issued at check-in and returned at check-out per room; keys out and keys lost; .xlsx and print. */
import { Button, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PageHeader } from '../../../components/PageHeader';
import { useIsPhone } from '../../../lib/useIsPhone';
import { useSession } from '../../../lib/session';
import { exportUrls, keysQuery } from '../api';

export default function KeysPage() {
  const { t } = useTranslation('guestRooms');
  const phone = useIsPhone();
  const { propertyId } = useSession();
  const q = useQuery(keysQuery(propertyId));
  const when = (s: string | null) => (s ? dayjs(s).format('MM-DD HH:mm') : '');
  return (
    <>
      <PageHeader
        title={t('keys.title')}
        extra={
          <Space className="no-print">
            <Button icon={<DownloadOutlined />} href={exportUrls.keys(propertyId)}>
              {!phone && t('common.export')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {!phone && t('common.print')}
            </Button>
          </Space>
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Tag color="blue">{t('keys.out', { count: q.data?.out ?? 0 })}</Tag>
        <Tag color="red">{t('keys.lost', { count: q.data?.lost ?? 0 })}</Tag>
      </Space>
      <Table
        size="small"
        rowKey={(r) => `${r.stayId}${r.number}`}
        loading={q.isLoading}
        dataSource={q.data?.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={phone ? { x: 'max-content' } : undefined}
        columns={[
          { title: t('keys.room'), dataIndex: 'number', width: 64 },
          { title: t('keys.unit'), dataIndex: 'hostUnit', render: (u: string, r) => (phone ? u : `${u}（${r.guests.join('、')}）`) },
          { title: t('keys.issued'), dataIndex: 'keysIssued', width: 56 },
          { title: t('keys.issuedAt'), dataIndex: 'issuedAt', render: when },
          { title: t('keys.returned'), dataIndex: 'keysReturned', width: 56, render: (n: number | null) => n ?? '—' },
          { title: t('keys.returnedAt'), dataIndex: 'returnedAt', render: when },
          {
            title: t('keys.outcome'),
            dataIndex: 'keyOutcome',
            render: (o: string | null, r) => (
              <Tag color={!o ? 'blue' : o === 'returned' ? 'default' : 'red'} title={r.keyNote ?? undefined}>
                {t(`keyOutcome.${o ?? 'out'}`)}
              </Tag>
            ),
          },
          { title: t('common.note'), dataIndex: 'keyNote' },
        ]}
      />
    </>
  );
}
