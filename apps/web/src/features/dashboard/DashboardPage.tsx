import { useMemo, type ReactNode } from 'react';
import { Alert, Button, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router-dom';
import { useSession } from '../../lib/session';
import { GreetingCard } from './GreetingCard';
import { QuickLinksCard } from './QuickLinksCard';
import { RecentNotificationsCard } from './RecentNotificationsCard';
import { StatRow } from './StatRow';
import { CockpitBody } from './cockpit/CockpitBody';
import { cockpitFamiliesOf } from '@hy/contracts';

/**
 * What the shell hands the page it shows (app/Shell.tsx, `<Outlet context>`): the menu's pages the
 * user may open. Taken from the shell rather than imported from app/routes, which lazily loads this page.
 */
interface ShellContext {
  pages: { path: string; labelKey: string; icon?: ReactNode }[];
}

/**
 * /: greeting and today; the cockpit of the user's role families (what needs them now, each number opening
 * its list) or, for roles of no family, the general numbers; quick links to their pages, the latest notifications.
 */
export default function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { me, roles } = useSession();
  const families = cockpitFamiliesOf(roles);
  const { pages } = useOutletContext<ShellContext>();
  const links = useMemo(() => pages.filter((p) => p.path !== '/').slice(0, 12), [pages]);

  return (
    <div data-testid="dashboard">
      {me?.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('mustChange')}
          action={
            <Link to="/account">
              <Button size="small" type="primary">
                {t('changeNow')}
              </Button>
            </Link>
          }
        />
      )}
      <GreetingCard />
      {families.length ? <CockpitBody /> : <StatRow />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <QuickLinksCard links={links} />
        </Col>
        <Col xs={24} xl={10}>
          <RecentNotificationsCard />
        </Col>
      </Row>
    </div>
  );
}
