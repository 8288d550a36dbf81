import { lazy, Suspense } from 'react';
import { Routes, Route, Navigate, useLocation } from 'react-router-dom';
import { Spin, Result, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session';
import { PAGES, pageAllowed } from './routes';
import { Shell } from './shell/Shell';
import { LoginPage } from './LoginPage';

function Loading() {
  return (
    <div style={{ padding: 80, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

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

export function NotFound() {
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

const PublicSignInPage = lazy(() => import('../features/meetings/attendees/PublicSignInPage'));
const EventRegistrationPage = lazy(() => import('../features/events/guests/RegistrationPage'));
const EventSurveyPage = lazy(() => import('../features/events/wrapup/SurveyPage'));
const MustChangePasswordPage = lazy(() => import('../features/account/MustChangePasswordPage'));
const WallPage = lazy(() => import('../features/dashboard/cockpit/WallPage'));

export function AppRouter() {
  const session = useSession();
  const location = useLocation();
  // Public, no login: the target of a meeting's sign-in QR code.
  if (location.pathname.startsWith('/sign-in/'))
    return (
      <Routes>
        <Route
          path="/sign-in/:token"
          element={
            <Suspense fallback={<Loading />}>
              <PublicSignInPage />
            </Suspense>
          }
        />
      </Routes>
    );
  // Public, no login: a guest's personal registration link (large events).
  if (location.pathname.startsWith('/e/'))
    return (
      <Routes>
        <Route
          path="/e/:token"
          element={
            <Suspense fallback={<Loading />}>
              <EventRegistrationPage />
            </Suspense>
          }
        />
      </Routes>
    );
  // Public, no login: a guest's satisfaction survey after a large event.
  if (location.pathname.startsWith('/s/'))
    return (
      <Routes>
        <Route
          path="/s/:token"
          element={
            <Suspense fallback={<Loading />}>
              <EventSurveyPage />
            </Suspense>
          }
        />
      </Routes>
    );
  if (session.loading) return <Loading />;
  if (!session.me) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />} />
      </Routes>
    );
  }
  // The server refuses everything else until the password is changed: show only that.
  if (session.me.mustChangePassword)
    return (
      <Suspense fallback={<Loading />}>
        <MustChangePasswordPage />
      </Suspense>
    );
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
