import { useMessages } from '../shared/lang-context.js';

/** What happens after sending, before the person sends: the code by email, then the legal deadline. */
export function NextSteps() {
  const t = useMessages().request;
  return (
    <section className="next-steps" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">{t.nextTitle}</h2>
      <ol>
        {t.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
