/**
 * 商务中心 (T5): the service slips (fax out, typing, copying) with the customer's signature, the two registers,
 * the faxes received (传真统计本, 待查 and filing), unfinished work handed to the next shift, suspicious documents.
 */
import { useState } from 'react';
import { Button, Space, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { FaxInModal } from './FaxInModal';
import { PricesModal } from './PricesModal';
import { SlipFormModal } from './SlipFormModal';
import { FaxesTab, HandoverTab, RegistersTab, ReportsTab, SlipsTab } from './Tabs';

export default function BusinessCenterPage() {
  const { t } = useTranslation('bizCenter');
  const phone = useIsPhone();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'slips';
  const [writing, setWriting] = useState(false);
  const [faxIn, setFaxIn] = useState(false);
  const [prices, setPrices] = useState(false);
  const work = can('paidservices.desk') || can('paidservices.manage');
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          <Space wrap>
            <Button onClick={() => setPrices(true)} style={{ minHeight: 40 }} data-testid="prices-open">
              {t('slip.prices')}
            </Button>
            {work && (
              <Button onClick={() => setFaxIn(true)} style={{ minHeight: 40 }} data-testid="fax-open">
                {t('fax.new')}
              </Button>
            )}
            {work && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setWriting(true)}
                style={{ minHeight: 40 }}
                data-testid="slip-open"
              >
                {t('slip.new')}
              </Button>
            )}
          </Space>
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          { key: 'slips', label: t('tabs.slips'), children: <SlipsTab /> },
          { key: 'registers', label: t('tabs.registers'), children: <RegistersTab /> },
          { key: 'faxes', label: t('tabs.faxes'), children: <FaxesTab /> },
          { key: 'handover', label: t('tabs.handover'), children: <HandoverTab /> },
          { key: 'reports', label: t('tabs.reports'), children: <ReportsTab /> },
        ]}
      />
      <SlipFormModal open={writing} onClose={() => setWriting(false)} />
      <FaxInModal open={faxIn} onClose={() => setFaxIn(false)} />
      <PricesModal open={prices} onClose={() => setPrices(false)} />
    </>
  );
}
