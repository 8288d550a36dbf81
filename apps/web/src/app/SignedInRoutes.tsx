/**
 * The signed-in app: the shell, its pages and the wall display. Loaded lazily by the router once the
 * session is known, so the login page loads none of it (nor the menu's icons and page list).
 */
import { lazy, Suspense } from 'react';
import { Routes, Route, Navigate } from 'react-router-dom';
import { Result, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session';
import { PAGES, pageAllowed } from './routes';
import { Shell } from './shell/Shell';
import { Loading } from './Loading';

function Forbidden() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('error.forbidden')}
      extra={
        <Button type="primary" href="/">
          {t('error.backHome')}
        </Button>
      }
    />
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('error.notFound')}
      extra={
        <Button type="primary" href="/">
          {t('error.backHome')}
        </Button>
      }
    />
  );
}

const WallPage = lazy(() => import('../features/dashboard/cockpit/WallPage'));

export default function SignedInRoutes() {
  const session = useSession();
  return (
    <Routes>
      <Route path="/login" element={<Navigate to="/" replace />} />
      {/* The service center's wall display: full screen, no menus. */}
      <Route
        path="/wall"
        element={
          <Suspense fallback={<Loading />}>
            <WallPage />
          </Suspense>
        }
      />
      <Route element={<Shell />}>
        {PAGES.map((p) => {
          const C = p.component;
          return (
            <Route
              key={p.path}
              path={p.path}
              element={
                pageAllowed(p, session) ? (
                  <Suspense fallback={<Loading />}>
                    <C />
                  </Suspense>
                ) : (
                  <Forbidden />
                )
              }
            />
          );
        })}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
