import { useConsoleMessages } from '../console-context.js';
import { PageHeading } from '../PageHeading.js';
import { JournalEntries } from './JournalEntries.js';
import { VerificationPanel } from './VerificationPanel.js';

/** The access journal: whether it is intact, and what it holds, newest first. Read-only for everyone. */
export function JournalPage() {
  const t = useConsoleMessages().journal;
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <VerificationPanel />
      <JournalEntries />
    </>
  );
}
