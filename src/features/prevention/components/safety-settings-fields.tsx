import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxRow } from '../../../components/checkbox-row.tsx';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { deviceSettingsSchema } from '../../../lib/device-schemas.ts';
import { updateSettings, useSettings } from '../../../lib/settings.ts';
import { EXIT_PRESETS, exitChoiceOf, type ExitChoice } from '../model.ts';
import '../prevention.css';

/** Discreet mode, a larger quick exit, and where quick exit goes. */
export function SafetySettingsFields() {
  const { t } = useTranslation(['prevention', 'common']);
  const settings = useSettings();
  const titleId = useId();
  const customId = useId();
  const errorId = useId();
  const storedChoice = exitChoiceOf(settings.exitUrl);
  const [pendingCustom, setPendingCustom] = useState(false);
  const choice: ExitChoice = pendingCustom ? 'custom' : storedChoice;
  const [customUrl, setCustomUrl] = useState(storedChoice === 'custom' ? (settings.exitUrl ?? '') : '');
  const [customProblem, setCustomProblem] = useState<'invalid' | 'saved' | null>(null);

  function save(patch: Parameters<typeof updateSettings>[0]) {
    updateSettings(patch).catch(reportStorageFailure);
  }

  function choose(next: ExitChoice) {
    setCustomProblem(null);
    if (next === 'custom') {
      setPendingCustom(true);
      return;
    }
    setPendingCustom(false);
    save({ exitUrl: next === 'local' ? null : (EXIT_PRESETS.find((preset) => preset.id === next)?.url ?? null) });
  }

  function saveCustom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Same rule as the stored setting: a full http(s) address. A bad one is refused and kept in the field.
    const parsed = deviceSettingsSchema.shape.exitUrl.safeParse(customUrl.trim());
    if (!parsed.success || parsed.data === null) {
      setCustomProblem('invalid');
      return;
    }
    // The form stays open on the saved address (the stored setting arrives a moment later).
    setCustomProblem('saved');
    save({ exitUrl: parsed.data });
  }

  const options: ExitChoice[] = ['local', ...EXIT_PRESETS.map((preset) => preset.id), 'custom'];
  return (
    <section aria-labelledby={titleId} className="settings-section safety-settings">
      <h2 id={titleId}>{t('prevention:settings.title')}</h2>
      <CheckboxRow label={t('prevention:settings.discreet')} isChecked={settings.isDiscreet} onChange={(isDiscreet) => save({ isDiscreet })} />
      <CheckboxRow
        label={t('prevention:settings.prominent')}
        isChecked={settings.isQuickExitProminent}
        onChange={(isQuickExitProminent) => save({ isQuickExitProminent })}
      />
      <fieldset className="exit-choices">
        <legend>{t('prevention:settings.exitLegend')}</legend>
        <p className="hint">{t('prevention:settings.exitHint')}</p>
        {options.map((option) => (
          <p key={option} className="field checkbox">
            <label>
              <input type="radio" name="exit-destination" checked={choice === option} onChange={() => choose(option)} />
              <span className="choice-text">{t(`prevention:settings.choice.${option}`)}</span>
            </label>
          </p>
        ))}
        {choice === 'custom' && (
          <form className="custom-exit" onSubmit={saveCustom} noValidate>
            <label htmlFor={customId}>{t('prevention:settings.customLabel')}</label>
            <input
              id={customId}
              type="url"
              inputMode="url"
              autoComplete="off"
              value={customUrl}
              aria-invalid={customProblem === 'invalid'}
              aria-describedby={customProblem === 'invalid' ? errorId : undefined}
              onChange={(event) => setCustomUrl(event.target.value)}
            />
            <button type="submit">{t('prevention:settings.customSave')}</button>
            <p id={errorId} role="alert" className="field-message">
              {customProblem === 'invalid' && t('prevention:settings.customInvalid')}
            </p>
            <p role="status" className="field-message">
              {customProblem === 'saved' && t('prevention:settings.customSaved')}
            </p>
          </form>
        )}
      </fieldset>
    </section>
  );
}
