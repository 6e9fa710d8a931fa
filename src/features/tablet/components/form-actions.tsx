interface Props {
  submitLabel: string;
  /** Shown on the submit button while the form works ("Checking…", "Saving…"). */
  busyLabel: string;
  isBusy: boolean;
  /** A button before submit ("Cancel", "Back"). */
  other?: { label: string; onClick: () => void; isDisabled?: boolean };
}

/**
 * The buttons under a tablet form. The busy submit stays focusable (`aria-disabled`, not
 * `disabled`) so focus is not lost while it works; the form ignores a second submit.
 */
export function FormActions({ submitLabel, busyLabel, isBusy, other }: Props) {
  return (
    <p className="form-actions">
      {other && (
        <button type="button" onClick={other.onClick} disabled={other.isDisabled}>
          {other.label}
        </button>
      )}
      <button type="submit" className="button-primary" aria-disabled={isBusy || undefined}>
        {isBusy ? busyLabel : submitLabel}
      </button>
    </p>
  );
}
