/** The notice detail's second card: fee statement, after the meeting, attendees, staffing, materials (each shown to the roles that may use it; ?tab= selects one). */
import { Card, Tabs } from 'antd';
import { AccountBookOutlined, ClearOutlined, InboxOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import type { Notice } from '../api';
import { FeeTab } from '../fees/FeeTab';
import { AfterTab } from '../after/AfterTab';
import { AttendeesTab } from '../attendees/AttendeesTab';
import { StaffingTab } from '../staffing/StaffingTab';
import { MaterialsTab } from '../materials/MaterialsTab';

export function NoticeServiceTabs({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const items = [
    session.can('meetings.attendees') && {
      key: 'attendees',
      label: (
        <span data-testid="service-tab" data-tab="attendees">
          <TeamOutlined /> {t('serviceTab.attendees')}
        </span>
      ),
      children: <AttendeesTab n={n} />,
    },
    session.can('meetings.staffing') && {
      key: 'staffing',
      label: (
        <span data-testid="service-tab" data-tab="staffing">
          <SolutionOutlined /> {t('serviceTab.staffing')}
        </span>
      ),
      children: <StaffingTab n={n} />,
    },
    (session.can('meetings.materials') || session.can('meetings.fees.read')) && {
      key: 'materials',
      label: (
        <span data-testid="service-tab" data-tab="materials">
          <InboxOutlined /> {t('serviceTab.materials')}
        </span>
      ),
      children: <MaterialsTab n={n} />,
    },
    {
      key: 'after',
      label: (
        <span data-testid="service-tab" data-tab="after">
          <ClearOutlined /> {t('serviceTab.after')}
        </span>
      ),
      children: <AfterTab n={n} />,
    },
    session.can('meetings.fees.read') && {
      key: 'fees',
      label: (
        <span data-testid="service-tab" data-tab="fees">
          <AccountBookOutlined /> {t('serviceTab.fees')}
        </span>
      ),
      children: <FeeTab n={n} />,
    },
  ].filter((x): x is { key: string; label: JSX.Element; children: JSX.Element } => !!x);
  const wanted = params.get('tab');
  const active = items.some((i) => i.key === wanted) ? wanted! : items[0]?.key;
  return (
    <Card size="small" style={{ marginTop: 16 }} styles={{ body: { paddingTop: 0 } }} data-testid="service-tabs" id="services">
      <Tabs
        activeKey={active}
        destroyInactiveTabPane
        items={items}
        onChange={(k) =>
          setParams(
            (p) => {
              const q = new URLSearchParams(p);
              q.set('tab', k);
              return q;
            },
            { replace: true },
          )
        }
      />
    </Card>
  );
}
