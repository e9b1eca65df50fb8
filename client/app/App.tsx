import type { ComponentType } from 'react';
import { CandidatePage } from '../features/roles/CandidatePage';
import { ExaminerPage } from '../features/roles/ExaminerPage';
import { TrainerPage } from '../features/roles/TrainerPage';
import { HomePage } from '../features/home/HomePage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { matchRoute, type RouteId } from './router/matchRoute';
import { useLocationPath } from './router/useLocationPath';

const pages: Readonly<Record<RouteId, ComponentType>> = {
  home: HomePage,
  candidate: CandidatePage,
  examiner: ExaminerPage,
  trainer: TrainerPage,
  notFound: NotFoundPage,
};

/** The whole app: the shell around the page that matches the current path. */
export function App() {
  const Page = pages[matchRoute(useLocationPath())];
  return (
    <AppShell>
      <Page />
    </AppShell>
  );
}
