/** 巡检计划: the property's plans (客服部巡检计划), created and edited by the managers; each opens its checkpoints. */
import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type PlanSummary, type Role } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { plansExportUrl, plansQuery } from './api';
import { PlanDetail } from './PlanDetail';
import { PlanForm } from './PlanForm';
import { useDescribe } from './SchedulePicker';

export default function PlansPage() {
  const { t, i18n } = useTranslation('patrolPlans');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const describe = useDescribe();
  const q = useQuery(plansQuery(propertyId));
  const [open, setOpen] = useState<string | null>(null);
  const [form, setForm] = useState<{ plan: PlanSummary | null } | null>(null);
  const en = i18n.language === 'en-US';
  const manage = !!q.data?.policies.manage;
  const who = (p: PlanSummary) => p.assigneeName ?? (p.assigneeRole ? ROLE_LABELS[p.assigneeRole as Role]?.[en ? 'en' : 'zh'] : '—');
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          <Space wrap>
            <Button icon={<PrinterOutlined />} onClick={() => navigate('/inspections/plans/print')}>
              {t('export.print')}
            </Button>
            <Button icon={<FileExcelOutlined />} href={plansExportUrl(propertyId)}>
              {t('export.plans')}
            </Button>
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ plan: null })} data-testid="plan-new">
                {t('new')}
              </Button>
            )}
          </Space>
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <Table<PlanSummary>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('none') }}
        onRow={(p) => ({ onClick: () => setOpen(p.id), style: { cursor: 'pointer' } })}
        data-testid="plans-table"
        columns={[
          {
            title: t('col.name'),
            dataIndex: 'name',
            render: (v, p) => (
              <a data-testid="plan-name">
                {v}
                {!p.active && <Tag style={{ marginLeft: 6 }}>{t('inactive')}</Tag>}
              </a>
            ),
          },
          { title: t('col.area'), dataIndex: 'area' },
          ...(phone
            ? []
            : [
                { title: t('col.kind'), dataIndex: 'kind', render: (v: string) => t(`kind.${v}`) },
                {
                  title: t('col.schedule'),
                  dataIndex: 'rrule',
                  render: (v: string, p: PlanSummary) => (
                    <>
                      {describe(v)}
                      {p.workdaysOnly && <Tag style={{ marginLeft: 6 }}>{t('workdaysShort')}</Tag>}
                    </>
                  ),
                },
                { title: t('col.window'), key: 'w', render: (_: unknown, p: PlanSummary) => `${p.windowStart}–${p.windowEnd}` },
                { title: t('col.who'), key: 'who', render: (_: unknown, p: PlanSummary) => who(p) },
                { title: t('col.checkpoints'), dataIndex: 'checkpointCount', align: 'right' as const },
                { title: t('col.items'), dataIndex: 'itemCount', align: 'right' as const },
              ]),
        ]}
      />
      <PlanDetail
        id={open}
        onClose={() => setOpen(null)}
        onEdit={() => setForm({ plan: q.data?.data.find((p) => p.id === open) ?? null })}
      />
      <PlanForm
        open={!!form}
        plan={form?.plan ?? null}
        onClose={() => setForm(null)}
        onSaved={(p) => {
          setForm(null);
          setOpen(p.id);
        }}
      />
    </>
  );
}
