/** Case detail: SLA clocks, classification, timeline, work orders, callbacks and every action the server allows. */
import { useState } from 'react';
import { Alert, Button, Col, Result, Row, Spin } from 'antd';
import { AlertFilled } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { useLive } from '../../lib/live';
import { CASE_LIVE_TOPICS, caseKeys, isPinned, useCase, useNow } from './api';
import { CaseActionModal } from './actions/CaseActionModal';
import type { CaseAction } from './actions/caseAction';
import { CaseTitle } from './detail/CaseTitle';
import { CaseActionBar } from './detail/CaseActionBar';
import { CaseInfoCard } from './detail/CaseInfoCard';
import { CaseSourceLink } from './detail/CaseSourceLink';
import { ClassificationCard } from './detail/ClassificationCard';
import { EmergencySignOffCard } from './detail/EmergencySignOffCard';
import { CallbacksCard } from './detail/CallbacksCard';
import { ClosingCard } from './detail/ClosingCard';
import { SlaCard } from './detail/SlaCard';
import { TimelineCard } from './detail/TimelineCard';
import { WorkOrdersCard } from './detail/WorkOrdersCard';

export default function CaseDetailPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation(['cases', 'common']);
  const navigate = useNavigate();
  const { propertyId } = useSession();
  const { data: c, isLoading, error } = useCase(id);
  const [action, setAction] = useState<CaseAction | null>(null);
  useLive(CASE_LIVE_TOPICS, [caseKeys.all], propertyId);
  const now = useNow();

  if (isLoading)
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  if (error || !c)
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        extra={<Button onClick={() => navigate('/cases')}>{t('common:action.back')}</Button>}
      />
    );

  return (
    <>
      <PageHeader title={<CaseTitle c={c} />} extra={<CaseActionBar c={c} onAction={setAction} />} />
      {isPinned(c) && (
        <Alert
          type="error"
          showIcon
          icon={<AlertFilled />}
          style={{ marginBottom: 16 }}
          message={t('detail.emergencyPending')}
          description={t('detail.emergencyPendingHint')}
          data-testid="emergency-pending"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <CaseSourceLink caseId={c.id} />
          <CaseInfoCard c={c} />
          <ClassificationCard c={c} onClassify={() => setAction({ kind: 'classify' })} />
          {c.emergencySignedOffAt && <EmergencySignOffCard c={c} />}
          <WorkOrdersCard c={c} onAction={setAction} />
          <CallbacksCard c={c} />
          {c.closedAt && <ClosingCard c={c} />}
        </Col>
        <Col xs={24} xl={8}>
          <SlaCard c={c} now={now} lang={i18n.language} />
          <TimelineCard c={c} />
        </Col>
      </Row>
      <CaseActionModal c={c} action={action} onClose={() => setAction(null)} />
    </>
  );
}
