/** The case's callbacks (回访). */
import { Card, Rate, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseDetail } from '@hy/contracts';

export function CallbacksCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  if (!c.callbacks.length && !c.policies.callback) return null;
  return (
    <Card size="small" title={t('detail.callbacks')} style={{ marginBottom: 16 }}>
      {!c.callbacks.length ? (
        <Typography.Text type="secondary">{t('callback.none')}</Typography.Text>
      ) : (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={c.callbacks}
          data-testid="callback-table"
          columns={[
            { title: t('field.time'), dataIndex: 'at', width: 110, render: (v: string) => dayjs(v).format('MM-DD HH:mm') },
            {
              title: t('field.satisfiedResult'),
              dataIndex: 'satisfiedResult',
              width: 90,
              render: (v: boolean) =>
                v ? <Tag color="green">{t('callback.satisfied')}</Tag> : <Tag color="red">{t('callback.dissatisfied')}</Tag>,
            },
            {
              title: t('field.courtesy'),
              dataIndex: 'courtesyRating',
              width: 130,
              render: (v: number) => <Rate disabled value={v} style={{ fontSize: 12 }} />,
            },
            {
              title: t('field.attitude'),
              dataIndex: 'attitudeRating',
              width: 130,
              render: (v: number) => <Rate disabled value={v} style={{ fontSize: 12 }} />,
            },
            { title: t('field.comment'), dataIndex: 'comment', render: (v: string | null) => v ?? '—' },
          ]}
        />
      )}
    </Card>
  );
}
