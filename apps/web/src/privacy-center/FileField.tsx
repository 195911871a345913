import type { Ref } from 'react';
import { useMessages } from '../shared/lang-context.js';
import { ACCEPTED_FILES } from './attachment-files.js';

interface FileFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly onFileChange: (file: File | null) => void;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled file picker whose hint (what document, which types, how large) and error are read with it. The file is
 * only read when the form is sent.
 */
export function FileField({ id, label, hint, onFileChange, error, required, ref }: FileFieldProps) {
  const errorPrefix = useMessages().common.errorPrefix;
  const describedBy = [`${id}-hint`, error === undefined ? null : `${id}-error`].filter((part) => part !== null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        ref={ref}
        id={id}
        type="file"
        accept={ACCEPTED_FILES}
        required={required}
        onChange={(event) => onFileChange(event.target.files?.[0] ?? null)}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy.join(' ')}
      />
      {error === undefined ? null : (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
    </div>
  );
}
