import { lazy, Suspense, type ComponentType } from 'react';
import { CandidatePage } from '../features/roles/CandidatePage';
import { TrainerPage } from '../features/roles/TrainerPage';
import { HomePage } from '../features/home/HomePage';
import { StatusMessage } from '../ui/StatusMessage';
import { AppShell } from './AppShell';
import { useI18n } from './i18n/useI18n';
import { NotFoundPage } from './NotFoundPage';
import { matchRoute, type RouteId } from './router/matchRoute';
import { useLocationPath } from './router/useLocationPath';

// The agent desktop (CRM screens and forms) is loaded on demand: the home page stays light.
const StudioPage = lazy(() => import('../features/studio/StudioPage').then((module) => ({ default: module.StudioPage })));
const MicCheckPage = lazy(() => import('../features/voice/MicCheckPage').then((module) => ({ default: module.MicCheckPage })));
const DeskPage = lazy(() => import('../features/desk/DeskPage').then((module) => ({ default: module.DeskPage })));
const ExaminerPage = lazy(() => import('../features/roles/ExaminerPage').then((module) => ({ default: module.ExaminerPage })));
const ExamConsolePage = lazy(() => import('../features/examiner/ConsolePage').then((module) => ({ default: module.ConsolePage })));
const ExamCandidatePage = lazy(() => import('../features/examCandidate/ExamCandidatePage').then((module) => ({ default: module.ExamCandidatePage })));
const LoginPage = lazy(() => import('../features/auth/LoginPage').then((module) => ({ default: module.LoginPage })));
const DebriefPage = lazy(() => import('../features/debrief/DebriefPage').then((module) => ({ default: module.DebriefPage })));

const pages: Readonly<Record<RouteId, ComponentType>> = {
  home: HomePage,
  candidate: CandidatePage,
  micCheck: MicCheckPage,
  examiner: ExaminerPage,
  trainer: TrainerPage,
  studio: StudioPage,
  desk: DeskPage,
  debrief: DebriefPage,
  examConsole: ExamConsolePage,
  exam: ExamCandidatePage,
  examScreen: ExamCandidatePage,
  login: LoginPage,
  notFound: NotFoundPage,
};

/** The whole app: the shell around the page that matches the current path. */
export function App() {
  const Page = pages[matchRoute(useLocationPath())];
  return (
    <AppShell>
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    </AppShell>
  );
}

function PageLoading() {
  const { t } = useI18n();
  return <StatusMessage kind="loading" title={t('app.loading')} />;
}
