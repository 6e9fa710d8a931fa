import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AVAILABLE_LANGUAGES } from '../../../lib/i18n/languages.ts';
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, TABLET_DOORS } from '../../../lib/tablet.ts';
import type { TabletDraft, TabletDraftErrors } from '../model.ts';
import { ChoiceFieldset } from './choice-fieldset.tsx';
import { SecretField } from './secret-field.tsx';

interface Props {
  draft: TabletDraft;
  onChange: (draft: TabletDraft) => void;
  errors: TabletDraftErrors;
  /** Ask for a new PIN and its confirmation (turning tablet mode on, changing the PIN). */
  needsPin: boolean;
  /** Grows at each refused submit: focus then goes to the first field in error. */
  submitCount: number;
}

/** The organisation's choices for tablet mode: PIN, open doors, idle reset, language. */
export function TabletFields({ draft, onChange, errors, needsPin, submitCount }: Props) {
  const { t } = useTranslation(['tablet']);
  const id = useId();
  const pinRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const idleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (submitCount === 0) return;
    if (errors.pin === 'mismatch') confirmationRef.current?.focus();
    else if (errors.pin) pinRef.current?.focus();
    else if (errors.idleMinutes) idleRef.current?.focus();
    // Errors are set only by a submit, so this runs after a refused submit, not while typing.
  }, [submitCount, errors.pin, errors.idleMinutes]);

  const set = (patch: Partial<TabletDraft>) => onChange({ ...draft, ...patch });
  const pinError = errors.pin && errors.pin !== 'mismatch' ? t(`tablet:pin.problem.${errors.pin}`) : null;
  const confirmationError = errors.pin === 'mismatch' ? t('tablet:pin.problem.mismatch') : null;

  return (
    <div className="tablet-fields">
      {needsPin && (
        <>
          <SecretField
            id={`${id}-pin`}
            label={t('tablet:pin.newLabel')}
            hint={t('tablet:pin.newHint')}
            error={pinError}
            value={draft.pin}
            onChange={(pin) => set({ pin })}
            inputRef={pinRef}
          />
          <SecretField
            id={`${id}-confirmation`}
            label={t('tablet:pin.confirmLabel')}
            error={confirmationError}
            value={draft.confirmation}
            onChange={(confirmation) => set({ confirmation })}
            inputRef={confirmationRef}
          />
        </>
      )}
      <ChoiceFieldset
        legend={t('tablet:options.doors')}
        name={`${id}-doors`}
        choices={TABLET_DOORS.map((value) => ({
          value,
          label: t(`tablet:options.doors_${value}`),
          hint: t(`tablet:options.doorsHint_${value}`),
        }))}
        value={draft.doors}
        onChange={(doors) => set({ doors })}
      />
      <p className="field stacked">
        <label htmlFor={`${id}-idle`}>{t('tablet:options.idleMinutes')}</label>
        <span id={`${id}-idle-hint`} className="field-hint">
          {t('tablet:options.idleHint', { min: IDLE_MINUTES_MIN, max: IDLE_MINUTES_MAX })}
        </span>
        {errors.idleMinutes && (
          <span id={`${id}-idle-error`} className="field-error">
            {t('tablet:options.idleInvalid', { min: IDLE_MINUTES_MIN, max: IDLE_MINUTES_MAX })}
          </span>
        )}
        <input
          ref={idleRef}
          id={`${id}-idle`}
          type="text"
          inputMode="numeric"
          className="input-short"
          value={draft.idleMinutes}
          onChange={(event) => set({ idleMinutes: event.target.value })}
          aria-invalid={errors.idleMinutes ? true : undefined}
          aria-describedby={`${id}-idle-hint${errors.idleMinutes ? ` ${id}-idle-error` : ''}`}
        />
      </p>
      <p className="field stacked">
        <label htmlFor={`${id}-language`}>{t('tablet:options.defaultLanguage')}</label>
        <select id={`${id}-language`} value={draft.defaultLanguage} onChange={(event) => set({ defaultLanguage: event.target.value })}>
          {AVAILABLE_LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.name}
            </option>
          ))}
        </select>
      </p>
    </div>
  );
}
