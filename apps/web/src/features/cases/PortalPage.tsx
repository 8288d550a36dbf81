/** 业户服务: a tenant reports a repair or complaint for their own unit, follows it, signs the work order and rates the result. */
import { useState } from 'react';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { CASE_LIVE_TOPICS, caseKeys } from './api';
import { FaqCard } from './portal/FaqCard';
import { MyCasesCard } from './portal/MyCasesCard';
import { PortalCaseDrawer } from './portal/PortalCaseDrawer';
import { ReportCard } from './portal/ReportCard';

export default function PortalPage() {
  const { t } = useTranslation('cases');
  const { propertyId, me, can } = useSession();
  const [openId, setOpenId] = useState<string | null>(null);
  useLive(CASE_LIVE_TOPICS, [caseKeys.all], propertyId);
  return (
    <>
      <div className="hy-page-title">
        <h2>{t('portal.title')}</h2>
        <Typography.Text type="secondary">{me?.unitLabel ?? me?.organizationName ?? ''}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <ReportCard onSubmitted={setOpenId} />
          {can('kb.faq') && <FaqCard />}
        </Col>
        <Col xs={24} lg={14}>
          <MyCasesCard onOpen={setOpenId} />
        </Col>
      </Row>
      <PortalCaseDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
