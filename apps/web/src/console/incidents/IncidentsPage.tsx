import type { SessionUser } from '../../api/types.js';
import { useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { incidentIdFromPath, pagePath } from '../shell/pages.js';
import { IncidentRegister } from './IncidentRegister.js';
import { IncidentView } from './IncidentView.js';
import { ReportIncidentForm } from './ReportIncidentForm.js';

interface IncidentsPageProps {
  readonly user: SessionUser;
  /** /console/incidents for the register, /console/incidents/<id> for one incident (the link a warning gives). */
  readonly path: string;
  readonly navigate: (path: string) => void;
}

/** incidents.manage, as the server grants it: the others (the auditor) read. */
function canManage(user: SessionUser): boolean {
  return user.role === 'owner' || user.role === 'privacy_officer';
}

/** The incident register, or one incident opened from it at its own address. */
export function IncidentsPage({ user, path, navigate }: IncidentsPageProps) {
  const t = useConsoleMessages().incidents;
  const openId = incidentIdFromPath(path);
  const open = (id: string) => navigate(`${pagePath('incidents')}/${id}`);
  if (openId !== null)
    return <IncidentView id={openId} canManage={canManage(user)} onBack={() => navigate(pagePath('incidents'))} />;
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      {canManage(user) ? <ReportIncidentForm onReported={open} /> : null}
      <IncidentRegister onOpen={open} />
    </>
  );
}
