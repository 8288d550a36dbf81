/** The knowledge entries: category, question with its answer, flags, uses, last change; edit, history, archive. */
import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { KbEntry } from '@hy/contracts';
import { HistoryDrawer } from '../../../components/HistoryDrawer';
import { useSession } from '../../../lib/session';
import { archiveKbEntry, useCaseWrite } from '../api';

export function KbTable({ rows, loading, onEdit }: { rows: KbEntry[]; loading: boolean; onEdit(e: KbEntry): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const { can } = useSession();
  const archiveWrite = useCaseWrite((e: KbEntry) => archiveKbEntry(e.id, e.version), { success: t('kbAdmin.archived') });
  return (
    <Table<KbEntry>
      rowKey="id"
      size="middle"
      pagination={false}
      loading={loading}
      dataSource={rows}
      tableLayout="fixed"
      data-testid="kb-table"
      columns={[
        { title: t('kbAdmin.category'), dataIndex: 'category', width: 110, render: (v: string) => <Tag color="blue">{v}</Tag> },
        {
          title: t('kbAdmin.question'),
          dataIndex: 'question',
          render: (v: string, e) => (
            <div>
              <Typography.Text strong>{v}</Typography.Text>
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: e.answer }} style={{ margin: 0, fontSize: 13 }}>
                {e.answer}
              </Typography.Paragraph>
            </div>
          ),
        },
        {
          title: t('kbAdmin.flags'),
          key: 'f',
          width: 150,
          render: (_, e) => (
            <Space size={[0, 4]} wrap>
              {e.public && <Tag color="green">{t('kbAdmin.public')}</Tag>}
              {e.courtesy && <Tag color="purple">{t('kbAdmin.courtesy')}</Tag>}
              {e.keywords.slice(0, 3).map((k) => (
                <Tag key={k}>{k}</Tag>
              ))}
            </Space>
          ),
        },
        { title: t('kbAdmin.uses'), dataIndex: 'uses', width: 70, align: 'right', render: (v?: number) => v ?? 0 },
        {
          title: t('common:field.updatedAt'),
          dataIndex: 'updatedAt',
          width: 110,
          render: (v: string) => dayjs(v).format('YYYY-MM-DD'),
        },
        {
          title: t('common:field.actions'),
          key: 'a',
          width: 230,
          render: (_, e) => (
            <Space size={0}>
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onEdit(e)}>
                {t('common:action.edit')}
              </Button>
              {can('audit.read') && <HistoryDrawer entityType="kb_entry" entityId={e.id} title={e.question} />}
              <Popconfirm
                title={t('kbAdmin.archiveConfirm')}
                onConfirm={() => archiveWrite.mutate(e)}
                okText={t('common:action.confirm')}
                cancelText={t('common:action.cancel')}
              >
                <Button size="small" type="link" danger icon={<InboxOutlined />}>
                  {t('kbAdmin.archive')}
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  );
}
