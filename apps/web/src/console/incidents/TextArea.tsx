/** A labelled multi-line field (the incident's free texts). */
export function TextArea({
  id,
  label,
  value,
  onValueChange,
}: {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={3} onChange={(event) => onValueChange(event.target.value)} />
    </div>
  );
}
