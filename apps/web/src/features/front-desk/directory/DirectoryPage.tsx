/**
 * 通讯录 (F2): departments, tenants and their people. Every staff member searches it (name, unit, company,
 * pinyin initials, phone); the desk and the supervisor keep it; the export is audited. On a phone: cards.
 */
import { useState } from 'react';
import { Button, Card, Checkbox, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry, DirectoryKind } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { qs } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { useDebounced } from '../../../lib/useDebounced';
import { directorySearchQuery } from './api';
import { DirectoryEntryModal } from './DirectoryEntryModal';
import { DirectoryCards } from './DirectoryCards';

export default function DirectoryPage() {
  const { t } = useTranslation(['directory', 'common']);
  const session = useSession();
  const phone = useIsPhone();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<DirectoryKind | 'all'>('all');
  const [executive, setExecutive] = useState(false);
  const [archived, setArchived] = useState(false);
  const [editing, setEditing] = useState<DirectoryEntry | 'new' | null>(null);
  const q = useDebounced(text.trim(), 250);
  const filters = { q, kind: kind === 'all' ? undefined : kind, executive: executive || undefined, archived, limit: 200 };
  const list = useQuery(directorySearchQuery(session.propertyId, filters));
  const rows = list.data?.data ?? [];
  const manage = session.can('frontdesk.directory.manage');
  const exportUrl = `/api/v1/front-desk/directory/export${qs({ propertyId: session.propertyId, kind: filters.kind })}`;

  return (
    <>
      <PageHeader
        title={t('page.title')}
        extra={
          <Space wrap>
            <Button icon={<FileExcelOutlined />} href={exportUrl} data-testid="directory-export">
              {t('page.export')}
            </Button>
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="directory-new">
                {t('page.new')}
              </Button>
            )}
          </Space>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <Space style={{ marginBottom: 12, width: '100%' }} wrap>
          <Input.Search
            allowClear
            size="large"
            placeholder={t('picker.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: phone ? '100%' : 360 }}
            data-testid="directory-search"
          />
          <Segmented
            value={kind}
            onChange={(v) => setKind(v as DirectoryKind | 'all')}
            options={(['all', 'tenant', 'department', 'person'] as const).map((k) => ({
              value: k,
              label: k === 'all' ? t('page.all') : t(`kind.${k}`),
            }))}
          />
          <Checkbox checked={executive} onChange={(e) => setExecutive(e.target.checked)}>
            {t('page.executivesOnly')}
          </Checkbox>
          <Checkbox checked={archived} onChange={(e) => setArchived(e.target.checked)}>
            {t('page.archived')}
          </Checkbox>
        </Space>
        {phone ? (
          <DirectoryCards rows={rows} loading={list.isLoading} onEdit={manage ? setEditing : undefined} />
        ) : (
          <Table<DirectoryEntry>
            rowKey="id"
            size="middle"
            loading={list.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            onRow={(r) => ({ 'data-testid': 'directory-row', 'data-name': r.nameZh }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('field.name'),
                key: 'name',
                render: (_, r) => (
                  <>
                    <div>
                      {r.nameZh} {r.executive && <Tag color="gold">{t('executive')}</Tag>}
                      {r.admitRule === 'office_word' && <Tag color="red">{t('admitRule.office_word')}</Tag>}
                    </div>
                    {r.nameEn && <Typography.Text type="secondary">{r.nameEn}</Typography.Text>}
                  </>
                ),
              },
              { title: t('field.kind'), key: 'kind', width: 96, render: (_, r) => <Tag>{t(`kind.${r.kind}`)}</Tag> },
              { title: t('field.parent'), dataIndex: 'parentName', render: (v: string | null) => v ?? '—' },
              { title: t('field.title'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
              { title: t('field.location'), dataIndex: 'location', render: (v: string | null) => v ?? '—' },
              {
                title: t('field.phones'),
                key: 'phones',
                render: (_, r) => [r.phone, r.mobile].filter(Boolean).join(' / ') || '—',
              },
              {
                title: t('field.emergency'),
                key: 'emergency',
                render: (_, r) => (r.emergencyContact || r.emergencyPhone ? `${r.emergencyContact ?? ''} ${r.emergencyPhone ?? ''}` : '—'),
              },
              ...(manage
                ? [
                    {
                      title: '',
                      key: 'edit',
                      width: 80,
                      render: (_: unknown, r: DirectoryEntry) => (
                        <Button size="small" onClick={() => setEditing(r)} data-testid="directory-edit">
                          {t('common:action.edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {list.data?.nextCursor && <Typography.Text type="secondary">{t('page.more')}</Typography.Text>}
      </Card>
      <DirectoryEntryModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
