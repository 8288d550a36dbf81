import { lazy, Suspense } from 'react';
import { Routes, Route, Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../lib/session';
import { Loading } from './Loading';

/**
 * Every part loads lazily, so a page fetches only its own code: the login page neither the shell nor
 * any feature, the signed-in app not the login page.
 */
const loadLoginPage = () => import('./LoginPage');
const loadSignedIn = () => import('./SignedInRoutes');
const LoginPage = lazy(() => loadLoginPage().then((m) => ({ default: m.LoginPage })));
const SignedInRoutes = lazy(loadSignedIn);
const PublicSignInPage = lazy(() => import('../features/meetings/attendees/PublicSignInPage'));
const EventRegistrationPage = lazy(() => import('../features/events/guests/RegistrationPage'));
const EventSurveyPage = lazy(() => import('../features/events/wrapup/SurveyPage'));
const MustChangePasswordPage = lazy(() => import('../features/account/MustChangePasswordPage'));

// While the session is being asked for, fetch the part the address most likely needs (on the login page
// the login form, elsewhere the signed-in app), rather than one after the other.
const first = window.location.pathname;
if (first.startsWith('/login')) void loadLoginPage();
else if (!/^\/(sign-in|e|s)\//.test(first)) void loadSignedIn();

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
        <Route
          path="/login"
          element={
            <Suspense fallback={<Loading />}>
              <LoginPage />
            </Suspense>
          }
        />
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
    <Suspense fallback={<Loading />}>
      <SignedInRoutes />
    </Suspense>
  );
}
