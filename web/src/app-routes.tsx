import { type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useAuth } from './auth/auth-context.js';
import { RequireAuth } from './auth/require-auth.js';
import { LoadingScreen } from './components/loading-screen.js';
import { AppShell } from './layout/app-shell.js';
import { findHomePath, listAreaIdsForRole, navAreas, type TAreaId } from './nav/nav-areas.js';
import { AreaOverviewPage } from './pages/area-overview-page.js';
import { MessagePage } from './pages/message-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { isScreenAvailable, screens } from './screens.js';

function RequireArea({ area, children }: { area: TAreaId; children: ReactNode }) {
  const { user } = useAuth();
  if (!user || !listAreaIdsForRole(user.role).includes(area)) {
    return <MessagePage title="No access" text="Your role does not include this part of Aftercare." />;
  }
  return <>{children}</>;
}

function HomeRedirect() {
  const { user } = useAuth();
  return (
    <Navigate to={user ? findHomePath(user.role, isScreenAvailable, user.permissions) : '/sign-in'} replace />
  );
}

function areaOfPath(path: string): TAreaId | undefined {
  return navAreas.find((area) => path.startsWith(`${area.path}/`))?.id;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        {navAreas.map((area) => (
          <Route
            key={area.id}
            path={area.path}
            element={
              <RequireArea area={area.id}>
                <AreaOverviewPage area={area} />
              </RequireArea>
            }
          />
        ))}
        {Object.entries(screens).map(([path, Screen]) => {
          const area = areaOfPath(path);
          const element = (
            <Suspense fallback={<LoadingScreen />}>
              <Screen />
            </Suspense>
          );
          return (
            <Route
              key={path}
              path={`${path}/*`}
              element={area ? <RequireArea area={area}>{element}</RequireArea> : element}
            />
          );
        })}
        <Route
          path="/no-access"
          element={
            <MessagePage title="No access" text="Your account has no areas of Aftercare assigned yet." />
          }
        />
        <Route
          path="*"
          element={<MessagePage title="Page not found" text="There is nothing at this address." />}
        />
      </Route>
    </Routes>
  );
}
