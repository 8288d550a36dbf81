/** A plan's ordered checkpoints with their checklists: add, edit, move up/down, retire; QR sheet and checklist forms. */
import { useState } from 'react';
import { App, Button, Card, Descriptions, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  FileExcelOutlined,
  PlusOutlined,
  PrinterOutlined,
  QrcodeOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type Checkpoint, type Role } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { useIsPhone } from '../../../lib/useIsPhone';
import { checklistUrl, planQuery, plansKeys, reorderCheckpoints, retireCheckpoint } from './api';
import { CheckpointModal } from './CheckpointModal';
import { useDescribe } from './SchedulePicker';

export function PlanDetail(props: { id: string | null; onClose: () => void; onEdit: () => void }) {
  const { t, i18n } = useTranslation('patrolPlans');
  const { modal } = App.useApp();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const describe = useDescribe();
  const p = useQuery(planQuery(props.id)).data;
  const [editing, setEditing] = useState<Checkpoint | 'new' | null>(null);
  const reorder = useApiMutation({ mutationFn: reorderCheckpoints, invalidate: [plansKeys.all] });
  const retire = useApiMutation({ mutationFn: retireCheckpoint, invalidate: [plansKeys.all] });
  const manage = !!p?.policies.manage;
  const move = (i: number, d: -1 | 1) => {
    if (!p) return;
    const ids = p.checkpoints.map((c) => c.id);
    [ids[i], ids[i + d]] = [ids[i + d]!, ids[i]!];
    reorder.mutate({ id: p.id, ids });
  };
  const en = i18n.language === 'en-US';
  return (
    <Drawer open={!!props.id} onClose={props.onClose} width={phone ? '100%' : 720} title={p?.name ?? ''} data-testid="plan-detail">
      {p && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={phone ? 1 : 2} bordered>
            <Descriptions.Item label={t('col.area')}>{p.area}</Descriptions.Item>
            <Descriptions.Item label={t('col.kind')}>{t(`kind.${p.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('col.schedule')}>
              {describe(p.rrule)}
              {p.workdaysOnly && <Tag style={{ marginLeft: 8 }}>{t('workdaysShort')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('col.window')}>
              {p.windowStart}–{p.windowEnd}
            </Descriptions.Item>
            <Descriptions.Item label={t('col.who')}>
              {[p.assigneeName, p.assigneeRole && ROLE_LABELS[p.assigneeRole as Role]?.[en ? 'en' : 'zh']].filter(Boolean).join(' / ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('field.leadMinutes')}>{p.leadMinutes}</Descriptions.Item>
          </Descriptions>
          <Space wrap>
            {manage && (
              <Button icon={<EditOutlined />} onClick={props.onEdit}>
                {t('edit')}
              </Button>
            )}
            <Button icon={<QrcodeOutlined />} onClick={() => navigate(`/inspections/plans/${p.id}/print?sheet=qr`)} data-testid="qr-open">
              {t('qr.open')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/inspections/plans/${p.id}/print?sheet=checklist`)}>
              {t('export.checklist')}
            </Button>
            <Button icon={<FileExcelOutlined />} href={checklistUrl(p.id)}>
              .xlsx
            </Button>
          </Space>
          <Card
            size="small"
            title={`${t('detail')} (${p.checkpoints.length})`}
            extra={
              manage && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="cp-add">
                  {t('addCheckpoint')}
                </Button>
              )
            }
          >
            {p.checkpoints.length === 0 ? (
              <Empty />
            ) : (
              <List
                dataSource={p.checkpoints}
                renderItem={(c, i) => (
                  <List.Item
                    data-testid="cp-row"
                    actions={
                      manage
                        ? [
                            <Button
                              key="u"
                              size="small"
                              icon={<ArrowUpOutlined />}
                              disabled={i === 0}
                              onClick={() => move(i, -1)}
                              aria-label={t('up')}
                            />,
                            <Button
                              key="d"
                              size="small"
                              icon={<ArrowDownOutlined />}
                              disabled={i === p.checkpoints.length - 1}
                              onClick={() => move(i, 1)}
                              aria-label={t('down')}
                            />,
                            <Button
                              key="e"
                              size="small"
                              icon={<EditOutlined />}
                              onClick={() => setEditing(c)}
                              aria-label={t('editCheckpoint')}
                            />,
                            <Button
                              key="r"
                              size="small"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={t('retire')}
                              onClick={() =>
                                modal.confirm({ title: t('retireConfirm'), onOk: () => retire.mutateAsync({ id: p.id, cpId: c.id }) })
                              }
                            />,
                          ]
                        : []
                    }
                  >
                    <List.Item.Meta
                      title={`${i + 1}. ${c.name}`}
                      description={
                        <>
                          {c.location && <Typography.Text type="secondary">{c.location} · </Typography.Text>}
                          {c.items.map((it) => (
                            <Tag key={it.id} style={{ marginBottom: 4 }}>
                              {it.label}
                              {it.kind === 'number' && ` (${it.minValue ?? ''}–${it.maxValue ?? ''}${it.unit ?? ''})`}
                            </Tag>
                          ))}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Space>
      )}
      {p && (
        <CheckpointModal
          planId={p.id}
          open={!!editing}
          cp={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
    </Drawer>
  );
}
