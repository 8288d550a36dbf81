/** /tenants/visits/:id — one visit: what was agreed, the record (or the form to write it), the issues and their cases. */
import { useState } from 'react';
import { Button, Card, Descriptions, Input, Modal, Result, Space, Spin, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useIsPhone } from '../../../lib/useIsPhone';
import { cancelVisit, visitKeys, visitQuery } from './api';
import { IssueList } from './IssueList';
import { RecordVisitForm } from './RecordVisitForm';
import { SATISFACTION_COLOR, STATE_COLOR } from './labels';

export default function VisitPage() {
  const { t } = useTranslation('tenantVisits');
  const { id = null } = useParams();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const dt = useDateTime();
  const q = useQuery(visitQuery(id));
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useApiMutation({
    mutationFn: cancelVisit,
    invalidate: [visitKeys.all],
    success: t('cancelVisit.done'),
    onSuccess: () => setCancelling(false),
  });
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 80 }} />;
  const v = q.data;
  if (!v) return <Result status="404" title={t('detail.notFound')} />;
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/tenants/visits')} aria-label={t('detail.back')} />
            <span data-testid="visit-title">{v.organizationName}</span>
            <Tag color={STATE_COLOR[v.state]} data-testid="visit-state">
              {t(`state.${v.state}`)}
            </Tag>
          </Space>
        }
        extra={
          v.policies.cancel && (
            <Button danger onClick={() => (setReason(''), setCancelling(true))} data-testid="visit-cancel">
              {t('cancelVisit.open')}
            </Button>
          )
        }
      />
      <div style={{ display: 'grid', gridTemplateColumns: phone ? '1fr' : 'minmax(0, 1fr) minmax(0, 1fr)', gap: 16, alignItems: 'start' }}>
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('field.plannedAt')}>{dt(v.plannedAt)}</Descriptions.Item>
            {v.unitCode && <Descriptions.Item label={t('field.unit')}>{v.unitCode}</Descriptions.Item>}
            {v.place && <Descriptions.Item label={t('field.place')}>{v.place}</Descriptions.Item>}
            <Descriptions.Item label={t('field.contactName')}>
              {v.contactName}
              {v.contactPhone ? ` · ${v.contactPhone}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('field.topics')}>
              <ol style={{ margin: 0, paddingLeft: 18 }}>
                {v.topics.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ol>
            </Descriptions.Item>
            <Descriptions.Item label={t('field.visitors')}>{v.visitors.map((p) => p.name).join('、')}</Descriptions.Item>
            <Descriptions.Item label={t('detail.createdBy')}>{v.createdByName}</Descriptions.Item>
            {v.cancelReason && <Descriptions.Item label={t('field.cancelReason')}>{v.cancelReason}</Descriptions.Item>}
            {v.state === 'done' && (
              <>
                <Descriptions.Item label={t('field.visitedAt')}>{dt(v.visitedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('field.metNames')}>{v.metNames}</Descriptions.Item>
                <Descriptions.Item label={t('field.opinions')}>{v.opinions ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.satisfaction')}>
                  {v.satisfaction && <Tag color={SATISFACTION_COLOR[v.satisfaction]}>{t(`satisfaction.${v.satisfaction}`)}</Tag>}
                </Descriptions.Item>
              </>
            )}
          </Descriptions>
        </Card>
        {v.policies.record ? (
          <Card size="small" title={t('record.title')}>
            <RecordVisitForm v={v} />
          </Card>
        ) : (
          v.state === 'done' && (
            <Card size="small" title={t('field.issues')}>
              <IssueList v={v} />
            </Card>
          )
        )}
      </div>
      <Modal
        open={cancelling}
        title={t('cancelVisit.title')}
        onCancel={() => setCancelling(false)}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: cancel.isPending }}
        onOk={() => cancel.mutate({ id: v.id, reason })}
      >
        <Input.TextArea
          rows={2}
          maxLength={300}
          placeholder={t('cancelVisit.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
