import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxRow } from '../../../components/checkbox-row.tsx';
import { validateTabletDraft, type TabletDraft, type TabletDraftErrors, type TabletOptions } from '../model.ts';
import { FormActions } from './form-actions.tsx';
import { TabletFields } from './tablet-fields.tsx';

interface Props {
  initial: TabletDraft;
  /** Turning tablet mode on always sets a PIN; changing its settings may. */
  pinChoice: 'required' | 'optional';
  submitLabel: string;
  isBusy: boolean;
  onSubmit: (newPin: string | null, options: TabletOptions) => void;
  onCancel: () => void;
}

/** Tablet-mode options in settings: turning it on, or changing it once the PIN was given. */
export function TabletForm({ initial, pinChoice, submitLabel, isBusy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(['tablet']);
  const [draft, setDraft] = useState(initial);
  const [isChangingPin, setIsChangingPin] = useState(pinChoice === 'required');
  const [errors, setErrors] = useState<TabletDraftErrors>({});
  const [submitCount, setSubmitCount] = useState(0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBusy) return;
    const result = validateTabletDraft(draft, isChangingPin);
    setErrors(result.errors);
    setSubmitCount((count) => count + 1);
    if (result.options) onSubmit(isChangingPin ? draft.pin : null, result.options);
  }

  return (
    <form className="tablet-form" onSubmit={handleSubmit} noValidate>
      {pinChoice === 'optional' && (
        <CheckboxRow label={t('tablet:section.changePin')} isChecked={isChangingPin} onChange={setIsChangingPin} />
      )}
      <TabletFields draft={draft} onChange={setDraft} errors={errors} needsPin={isChangingPin} submitCount={submitCount} />
      <FormActions
        submitLabel={submitLabel}
        busyLabel={t('tablet:setup.saving')}
        isBusy={isBusy}
        other={{ label: t('tablet:cancel'), onClick: onCancel, isDisabled: isBusy }}
      />
    </form>
  );
}
