import type { Ref } from 'react';
import { useMessages } from '../shared/lang-context.js';
import { DETAILS_MAX } from './request-form.js';

interface DetailsFieldProps {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/**
 * Free text with a counter of what is left. Typing past the limit is allowed (a pasted paragraph is not cut
 * without a word); the counter says how much is too many and the form asks to shorten it.
 */
export function DetailsField({ value, onValueChange, error, ref }: DetailsFieldProps) {
  const messages = useMessages();
  const t = messages.request;
  const left = DETAILS_MAX - value.trim().length;
  const describedBy = ['details-hint', 'details-count', error === undefined ? null : 'details-error']
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor="details">{t.details}</label>
      <p className="field-hint" id="details-hint">
        {t.detailsHint}
      </p>
      <textarea
        ref={ref}
        id="details"
        rows={5}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy}
      />
      <p className={left < 0 ? 'field-count field-count-over' : 'field-count'} id="details-count">
        {t.charactersLeft(left)}
      </p>
      {error === undefined ? null : (
        <p className="field-error" id="details-error">
          <span className="visually-hidden">{messages.common.errorPrefix} </span>
          {error}
        </p>
      )}
    </div>
  );
}
