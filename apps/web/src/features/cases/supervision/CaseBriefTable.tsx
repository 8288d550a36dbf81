/** The cases of a review list: number (to the case), kind, severity, status, content and place, when logged. */
import { Empty, Table, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseBrief } from '@hy/contracts';
import { useCaseLabels } from '../labels';
import { CaseStatusTag } from '../status/CaseStatusTag';
import { SeverityTag } from '../status/SeverityTag';

export function CaseBriefTable({ rows }: { rows: CaseBrief[] }) {
  const L = useCaseLabels();
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  return (
    <Table<CaseBrief>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      tableLayout="fixed"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sup.none')} /> }}
      columns={[
        {
          title: t('field.number'),
          dataIndex: 'number',
          width: 150,
          render: (v: string, c) => <Typography.Link onClick={() => navigate(`/cases/${c.id}`)}>{v}</Typography.Link>,
        },
        { title: t('field.kind'), dataIndex: 'kind', width: 64, render: (v: string) => L.kind(v) },
        { title: t('field.severity'), dataIndex: 'severity', width: 76, render: (v) => <SeverityTag severity={v} /> },
        { title: t('field.status'), dataIndex: 'status', width: 96, render: (v) => <CaseStatusTag status={v} /> },
        {
          title: t('field.content'),
          dataIndex: 'content',
          ellipsis: true,
          render: (v: string, c) => (
            <span title={v}>
              {v}
              {c.location ? <Typography.Text type="secondary">（{c.location}）</Typography.Text> : null}
            </span>
          ),
        },
        { title: t('field.createdAt'), dataIndex: 'createdAt', width: 104, render: (v: string) => dayjs(v).format('MM-DD HH:mm') },
      ]}
    />
  );
}
