/** 业户服务: a tenant reports a repair or complaint for their own unit, follows it, signs the work order and rates the result. */
import { useState } from 'react';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { useIsPhone } from '../../lib/useIsPhone';
import { CASE_LIVE_TOPICS, caseKeys } from './api';
import { FaqCard } from './portal/FaqCard';
import { MyCasesCard, type PortalOnly } from './portal/MyCasesCard';
import { PortalCaseDrawer } from './portal/PortalCaseDrawer';
import { ReportCard } from './portal/ReportCard';

export default function PortalPage() {
  const { t } = useTranslation('cases');
  const { propertyId, me, can } = useSession();
  const [openId, setOpenId] = useState<string | null>(null);
  const phone = useIsPhone();
  // ?cases=open|to_rate (the cockpit's tiles): only those of one's cases.
  const [params, setParams] = useSearchParams();
  const asked = params.get('cases');
  const only: PortalOnly | null = asked === 'open' || asked === 'to_rate' ? asked : null;
  const cases = <MyCasesCard onOpen={setOpenId} only={only} onShowAll={() => setParams({}, { replace: true })} />;
  useLive(CASE_LIVE_TOPICS, [caseKeys.all], propertyId);
  return (
    <>
      <div className="hy-page-title">
        <h2>{t('portal.title')}</h2>
        <Typography.Text type="secondary">{me?.unitLabel ?? me?.organizationName ?? ''}</Typography.Text>
      </div>
      {phone ? (
        // One column on a phone: report, then one's own cases, then the FAQ.
        <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          {only ? (
            <>
              {cases}
              <ReportCard onSubmitted={setOpenId} />
            </>
          ) : (
            <>
              <ReportCard onSubmitted={setOpenId} />
              {cases}
            </>
          )}
          {can('kb.faq') && <FaqCard />}
        </div>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <ReportCard onSubmitted={setOpenId} />
            {can('kb.faq') && <FaqCard />}
          </Col>
          <Col xs={24} lg={14}>
            {cases}
          </Col>
        </Row>
      )}
      <PortalCaseDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
