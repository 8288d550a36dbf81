/** /billing/parking — 车位与电话: parking spaces and their assignments, phone lines and the month's usage. */
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { ParkingTab } from './ParkingTab';
import { PhonesTab } from './PhonesTab';

export default function ParkingPhonesPage() {
  const { t } = useTranslation('feeParking');
  return (
    <div>
      <PageHeader title={t('nav.title')} />
      <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'parking', label: t('tabs.parking'), children: <ParkingTab /> },
          { key: 'phones', label: t('tabs.phones'), children: <PhonesTab /> },
        ]}
      />
    </div>
  );
}
