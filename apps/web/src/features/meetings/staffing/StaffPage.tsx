/**
 * /admin/staff — staff records and rosters (SPEC M6, M12): post, training, the background-check
 * certificate 无犯罪记录证明 for sensitive posts, 授权上岗 for confidential meetings; shifts at the
 * seed-000 working hours generated for a period, single (overtime) shifts, hours per person.
 */
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { StaffRecordsTab } from './StaffRecordsTab';
import { RosterTab } from './RosterTab';
import '../meetings.css';

export default function StaffPage() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  return (
    <div data-testid="staff-page">
      <PageHeader title={t('staff.title')} />
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          items={[
            { key: 'records', label: t('staff.records'), children: <StaffRecordsTab /> },
            ...(session.can('meetings.staffing') ? [{ key: 'roster', label: t('roster.title'), children: <RosterTab /> }] : []),
          ]}
        />
      </Card>
    </div>
  );
}
