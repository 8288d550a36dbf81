/** One finding (desk and phone): where and what, its photos, the case and work order, every step, and what to do next. */
import { Card, Descriptions, Empty, Space, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { Photos } from '../../../components/files/Photos';
import { SignatureView } from '../../../components/files/SignatureView';
import { useDateTime } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { FINDING_LIVE_TOPICS, findingKeys, findingQuery } from './api';
import { FindingActions } from './FindingActions';
import { FindingTags } from './FindingTags';

export default function FindingPage() {
  const { t } = useTranslation('patrolFindings');
  const { id = null } = useParams();
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const fmt = useDateTime();
  useLive(FINDING_LIVE_TOPICS, [findingKeys.one(id)], propertyId);
  const q = useQuery(findingQuery(id));
  const f = q.data;
  if (!f) return q.isLoading ? null : <Empty description={t('empty')} />;
  return (
    <>
      <PageHeader title={`${f.checkpointName} · ${f.title}`} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="finding-page">
        <FindingTags f={f} />
        <FindingActions f={f} />
        <Card size="small">
          <Descriptions column={phone ? 1 : 2} size="small">
            <Descriptions.Item label={t('field.plan')}>{f.planName}</Descriptions.Item>
            <Descriptions.Item label={t('field.day')}>{f.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('field.checkpoint')}>{f.checkpointName}</Descriptions.Item>
            <Descriptions.Item label={t('field.location')}>{f.location ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.category')}>
              {t(`category.${f.category}`)} · {t(`route.${f.route}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('field.note')}>{f.note ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.foundBy')}>{f.foundByName}</Descriptions.Item>
            <Descriptions.Item label={t('field.foundAt')}>{fmt(f.foundAt)}</Descriptions.Item>
            {f.caseId && (
              <Descriptions.Item label={t('field.case')}>
                <Link to={`/cases/${f.caseId}`} data-testid="finding-case">
                  {f.caseNumber}
                </Link>
              </Descriptions.Item>
            )}
            {f.workOrderNumber && (
              <Descriptions.Item label={t('field.workOrder')}>
                <span data-testid="finding-wo">
                  {f.workOrderNumber} · {t(`wo.${f.workOrderStatus}`)}
                </span>
              </Descriptions.Item>
            )}
            {f.fixBy && <Descriptions.Item label={t('field.fixBy')}>{f.fixBy}</Descriptions.Item>}
            {f.route === 'housekeeping' && <Descriptions.Item label={t('field.reinspections')}>{f.reinspections}</Descriptions.Item>}
            {f.verifiedByName && (
              <Descriptions.Item label={t('field.verifiedBy')}>
                {f.verifiedByName} · {fmt(f.verifiedAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          {f.photos.length > 0 && <Photos files={f.photos} />}
          {f.signature && <SignatureView file={f.signature} label={t('field.signature')} />}
        </Card>
        <Card size="small" title={t('steps')}>
          {f.steps.length === 0 ? (
            <Typography.Text type="secondary">{t('noSteps')}</Typography.Text>
          ) : (
            <Timeline
              items={f.steps.map((s) => ({
                color: s.outcome === 'fail' ? 'red' : s.outcome === 'pass' ? 'green' : 'blue',
                children: (
                  <div data-testid="finding-step">
                    <Typography.Text strong>
                      {t(`step.${s.kind}`)}
                      {s.outcome ? ` · ${t(`outcome.${s.outcome}`)}` : ''}
                    </Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {s.byName} · {fmt(s.at)}
                    </Typography.Text>
                    {s.note && <div>{s.note}</div>}
                    {s.photos.length > 0 && <Photos files={s.photos} size={64} />}
                  </div>
                ),
              }))}
            />
          )}
        </Card>
      </Space>
    </>
  );
}
