import { useId } from 'react';

/** A labelled checkbox with a 44-px target. */
export function FilterCheckbox({ label, isChecked, onChange }: { label: string; isChecked: boolean; onChange: (isChecked: boolean) => void }) {
  const id = useId();
  return (
    <div className="filter-checkbox">
      <input id={id} type="checkbox" checked={isChecked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
