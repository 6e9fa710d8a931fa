import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AVAILABLE_LANGUAGES, pickLanguage } from '../../../lib/i18n/languages.ts';
import { ChoiceFieldset } from './choice-fieldset.tsx';
import { StepForm } from './step-form.tsx';

interface Props {
  total: number;
  shouldFocusTitle: boolean;
  onDone: (language: string) => void;
}

/** Step 1: the language. It applies at once, so the next questions are in that language. */
export function LanguageStep({ total, shouldFocusTitle, onDone }: Props) {
  const { t, i18n } = useTranslation(['tablet']);
  // Checked at once, while the language's catalogs load (a radio must not lag behind a tap).
  const [current, setCurrent] = useState(() => pickLanguage([i18n.resolvedLanguage, i18n.language]));
  const choices = AVAILABLE_LANGUAGES.map((language) => ({
    value: language.code,
    label: language.name,
    lang: language.code,
    dir: language.dir,
  }));
  return (
    <StepForm
      title={t('tablet:setup.language.title')}
      step={1}
      total={total}
      submitLabel={t('tablet:setup.continue')}
      onSubmit={() => onDone(current)}
      shouldFocusTitle={shouldFocusTitle}
    >
      <ChoiceFieldset
        legend={t('tablet:setup.language.legend')}
        name="setup-language"
        choices={choices}
        value={current}
        onChange={(code) => {
          setCurrent(code);
          void i18n.changeLanguage(code);
        }}
      />
    </StepForm>
  );
}
