import { useState } from 'react';
import type { IncidentDetail } from '../../api/incidents.js';
import type { Problem } from '../../api/problem.js';
import { toProblem } from '../../shared/use-load.js';

/** Runs one change of an incident: busy while it runs, the problem if refused, done once it was saved. */
export function useIncidentChange(onChanged: (incident: IncidentDetail) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const run = (change: () => Promise<IncidentDetail>) => {
    setBusy(true);
    setProblem(null);
    setDone(false);
    change()
      .then((incident) => {
        setDone(true);
        onChanged(incident);
      })
      .catch((error: unknown) => setProblem(toProblem(error)))
      .finally(() => setBusy(false));
  };
  return { busy, problem, done, run };
}
