import { useId } from 'react';

interface Props {
  label: string;
  /** The first option, which chooses nothing (every language, every region…). */
  noneLabel: string;
  value: string | null;
  /** Shaped like `REGIONS` and `languageOptions()`. */
  options: readonly { code: string; name: string }[];
  /** The chosen value, or null for the first option. */
  onChange: (value: string | null) => void;
}

/** A labelled select whose first option chooses nothing: languages, regions and sectors in the directory. */
export function ChoiceSelect({ label, noneLabel, value, options, onChange }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{noneLabel}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
