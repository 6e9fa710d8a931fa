import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_MINUTES_DEFAULT } from '../../../lib/tablet.ts';
import { validateTabletDraft, type TabletDraft, type TabletDraftErrors, type TabletOptions } from '../model.ts';
import { StepForm } from './step-form.tsx';
import { TabletFields } from './tablet-fields.tsx';

interface Props {
  total: number;
  language: string;
  isBusy: boolean;
  onBack: () => void;
  onDone: (pin: string, options: TabletOptions) => void;
}

/** Step 3 on a shared tablet: the organisation PIN and what the tablet opens. */
export function TabletStep({ total, language, isBusy, onBack, onDone }: Props) {
  const { t } = useTranslation(['tablet']);
  const [draft, setDraft] = useState<TabletDraft>({
    pin: '',
    confirmation: '',
    doors: 'women',
    idleMinutes: String(IDLE_MINUTES_DEFAULT),
    defaultLanguage: language,
  });
  const [errors, setErrors] = useState<TabletDraftErrors>({});
  const [submitCount, setSubmitCount] = useState(0);

  function handleSubmit() {
    const result = validateTabletDraft(draft, true);
    setErrors(result.errors);
    setSubmitCount((count) => count + 1);
    if (result.options) onDone(draft.pin, result.options);
  }

  return (
    <StepForm
      title={t('tablet:setup.tablet.title')}
      step={3}
      total={total}
      submitLabel={t('tablet:setup.finish')}
      onSubmit={handleSubmit}
      onBack={onBack}
      isBusy={isBusy}
      shouldFocusTitle
    >
      <p>{t('tablet:setup.tablet.intro')}</p>
      <TabletFields draft={draft} onChange={setDraft} errors={errors} needsPin submitCount={submitCount} />
    </StepForm>
  );
}
