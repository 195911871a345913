import { type FormEvent, useState } from 'react';
import type { RequestFilters } from '../../api/types.js';
import { useConsoleMessages } from '../console-context.js';

interface RequestFiltersFormProps {
  readonly filters: RequestFilters;
  readonly onApply: (filters: RequestFilters) => void;
}

/** State, kind and due status; applied on submit so that changing a select does not reload the list under the reader. */
export function RequestFiltersForm({ filters, onApply }: RequestFiltersFormProps) {
  const messages = useConsoleMessages();
  const t = messages.requests;
  const [state, setState] = useState(filters.state ?? '');
  const [kind, setKind] = useState(filters.kind ?? '');
  const [due, setDue] = useState(filters.due ?? '');
  const [assignee, setAssignee] = useState(filters.assignee ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...(state === '' ? {} : { state: state as NonNullable<RequestFilters['state']> }),
      ...(kind === '' ? {} : { kind: kind as NonNullable<RequestFilters['kind']> }),
      ...(due === '' ? {} : { due: due as NonNullable<RequestFilters['due']> }),
      ...(assignee === '' ? {} : { assignee }),
    });
  };

  return (
    <form className="filters" aria-label={t.filters} onSubmit={submit}>
      <FilterSelect id="filter-state" label={t.state} value={state} options={t.states} onChange={setState} />
      <FilterSelect id="filter-kind" label={t.kind} value={kind} options={t.kinds} onChange={setKind} />
      <FilterSelect id="filter-due" label={t.due} value={due} options={t.dueStatuses} onChange={setDue} />
      <FilterSelect
        id="filter-assignee"
        label={messages.desk.filterAssignee}
        value={assignee}
        options={messages.desk.assigneeFilters}
        onChange={setAssignee}
      />
      <div className="field">
        <button type="submit">{t.apply}</button>
      </div>
    </form>
  );
}

interface FilterSelectProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: Readonly<Record<string, string>>;
  readonly onChange: (value: string) => void;
}

function FilterSelect({ id, label, value, options, onChange }: FilterSelectProps) {
  const any = useConsoleMessages().requests.any;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{any}</option>
        {Object.entries(options).map(([code, words]) => (
          <option key={code} value={code}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}
