import type { Ref } from 'react';
import { useMessages } from '../shared/lang-context.js';

interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  /** One line that says what the choice means, read with it. */
  readonly help?: string;
}

interface ChoiceGroupProps<T extends string> {
  readonly name: string;
  readonly legend: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T | null;
  readonly onChange: (value: T) => void;
  readonly error?: string | undefined;
  /** The first option, to take focus when the group has to be fixed. */
  readonly firstRef?: Ref<HTMLInputElement>;
}

/** Radio buttons in a fieldset; each one's help and the group's error are tied to every option. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { name, legend, choices, value, onChange, error, firstRef } = props;
  const errorPrefix = useMessages().common.errorPrefix;
  const errorId = `${name}-error`;
  return (
    <fieldset className="field choice-group">
      <legend>{legend}</legend>
      {error === undefined ? null : (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
      {choices.map((choice, index) => {
        const id = `${name}-${choice.value}`;
        const helpId = `${id}-help`;
        const describedBy = [choice.help === undefined ? null : helpId, error === undefined ? null : errorId]
          .filter((part) => part !== null)
          .join(' ');
        return (
          <div className="choice" key={choice.value}>
            <input
              ref={index === 0 ? firstRef : undefined}
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-invalid={error === undefined ? undefined : true}
              aria-describedby={describedBy === '' ? undefined : describedBy}
            />
            <label htmlFor={id}>{choice.label}</label>
            {choice.help === undefined ? null : (
              <p className="choice-help" id={helpId}>
                {choice.help}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
