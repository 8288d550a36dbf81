/** Staff records: post, trainings, the background-check certificate 无犯罪记录证明 for sensitive posts, 授权上岗 for confidential meetings. */
import { useState } from 'react';
import { Button, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import { roleLabel } from '../../../i18n';
import { staffQuery, type StaffMember } from '../api';
import { StaffProfileDrawer } from './StaffProfileDrawer';
import '../meetings.css';

export function StaffRecordsTab() {
  const { t, i18n } = useTranslation('meetings');
  const session = useSession();
  const pid = session.propertyId;
  const q = useQuery(staffQuery(pid));
  const canEdit = session.can('meetings.staff.records');
  const [edit, setEdit] = useState<StaffMember | null>(null);
  const [search, setSearch] = useState('');
  const today = dayjs().format('YYYY-MM-DD');
  const rows = (q.data?.data ?? []).filter((s) => !search || s.name.includes(search) || (s.profile?.post ?? '').includes(search));
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('staff.search')}
          onChange={(e) => setSearch(e.target.value.trim())}
          style={{ width: 220 }}
        />
        <Typography.Text type="secondary">
          {t('staff.count', { count: rows.length, auth: rows.filter((r) => r.profile?.confidentialAuthorised).length })}
        </Typography.Text>
      </Space>
      <Table<StaffMember>
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 980 }}
        columns={[
          {
            title: t('staff.name'),
            width: 120,
            render: (_, s) => (
              <span>
                {s.name}
                {s.profile?.confidentialAuthorised && (
                  <Tooltip title={t('staff.authorised')}>
                    <SafetyCertificateFilled style={{ color: '#389e0d', marginLeft: 6 }} />
                  </Tooltip>
                )}
              </span>
            ),
          },
          {
            title: t('staff.roles'),
            render: (_, s) => (
              <Space size={[4, 4]} wrap>
                {s.roles.map((r) => (
                  <Tag key={r} style={{ marginInlineEnd: 0 }}>
                    {roleLabel(r, i18n.language)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('staff.post'), width: 120, render: (_, s) => s.profile?.post ?? '—' },
          {
            title: t('staff.trainings'),
            width: 160,
            render: (_, s) =>
              s.profile?.trainings.length ? (
                <Tooltip title={s.profile.trainings.map((x) => `${x.date} ${x.name}`).join('\n')}>
                  <span>
                    {t('staff.trainingsN', { count: s.profile.trainings.length })} · {s.profile.trainings.at(-1)?.name}
                  </span>
                </Tooltip>
              ) : (
                '—'
              ),
          },
          {
            title: t('staff.bgCheck'),
            width: 190,
            render: (_, s) => {
              const p = s.profile;
              if (!p?.backgroundCheckNo) return p?.sensitivePost ? <Tag color="error">{t('staff.bgMissing')}</Tag> : '—';
              const expired = !!p.backgroundCheckUntil && p.backgroundCheckUntil < today;
              return (
                <div>
                  {p.backgroundCheckNo}
                  <div className="mt-sub" style={expired ? { color: '#cf1322' } : undefined}>
                    {t('staff.until', { d: p.backgroundCheckUntil ?? '—' })}
                    {expired ? ` · ${t('staff.expired')}` : ''}
                  </div>
                </div>
              );
            },
          },
          {
            title: t('staff.flags'),
            width: 170,
            render: (_, s) => (
              <Space size={4} wrap>
                {s.profile?.sensitivePost && <Tag color="orange">{t('staff.sensitive')}</Tag>}
                {s.profile?.confidentialAuthorised && <Tag color="green">{t('staff.authorised')}</Tag>}
                {s.profile?.departmentHead && <Tag color="blue">{t('staff.head')}</Tag>}
              </Space>
            ),
          },
          {
            title: '',
            width: 70,
            render: (_, s) =>
              canEdit && (
                <Button size="small" icon={<EditOutlined />} onClick={() => setEdit(s)} data-testid="staff-edit">
                  {t('staff.edit')}
                </Button>
              ),
          },
        ]}
      />
      <StaffProfileDrawer member={edit} onClose={() => setEdit(null)} />
    </>
  );
}
