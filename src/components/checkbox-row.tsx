interface Props {
  label: string;
  isChecked: boolean;
  onChange: (isChecked: boolean) => void;
}

/** One labelled checkbox on its own line, with the large target of `.field.checkbox` (44 px). */
export function CheckboxRow({ label, isChecked, onChange }: Props) {
  return (
    <p className="field checkbox">
      <label>
        <input type="checkbox" checked={isChecked} onChange={(event) => onChange(event.target.checked)} />
        {label}
      </label>
    </p>
  );
}
