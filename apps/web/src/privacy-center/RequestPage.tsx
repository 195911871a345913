import { useState } from 'react';
import { useFocusOnMount } from '../shared/focus-on-mount.js';
import { useMessages } from '../shared/lang-context.js';
import { CheckEmailStep } from './CheckEmailStep.js';
import { PublicLayout } from './PublicLayout.js';
import { RequestForm } from './RequestForm.js';
import { VerifiedPanel } from './VerifiedPanel.js';

type Step = { readonly name: 'form' } | { readonly name: 'code' | 'verified'; readonly reference: string };

/** `/{lang}/demande` or `/{lang}/request`: the form, then the emailed code, then the confirmation. */
export function RequestPage() {
  const messages = useMessages();
  const [step, setStep] = useState<Step>({ name: 'form' });
  const title = step.name === 'form' ? messages.request.documentTitle : messages.verification.documentTitle;
  return (
    <PublicLayout page="request" title={title}>
      {step.name === 'form' ? (
        <FormStep onSubmitted={(reference) => setStep({ name: 'code', reference })} />
      ) : step.name === 'code' ? (
        <CheckEmailStep
          reference={step.reference}
          onVerified={({ reference }) => setStep({ name: 'verified', reference })}
        />
      ) : (
        <VerifiedPanel reference={step.reference} />
      )}
    </PublicLayout>
  );
}

/** The first view: its heading registers as the page's first view, so the steps after it take focus. */
function FormStep({ onSubmitted }: { onSubmitted: (reference: string) => void }) {
  const t = useMessages().request;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p>{t.intro}</p>
      <RequestForm onSubmitted={({ reference }) => onSubmitted(reference)} />
    </>
  );
}
