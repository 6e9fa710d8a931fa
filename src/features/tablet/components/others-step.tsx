import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OTHERS_MAY_LOOK, type OthersMayLook } from '../model.ts';
import { ChoiceFieldset } from './choice-fieldset.tsx';
import { StepForm } from './step-form.tsx';

interface Props {
  total: number;
  isBusy: boolean;
  onBack: () => void;
  onDone: (othersMayLook: OthersMayLook) => void;
}

/** Step 3 (not on a shared tablet): may someone else look at this device? */
export function OthersStep({ total, isBusy, onBack, onDone }: Props) {
  const { t } = useTranslation(['tablet']);
  const [answer, setAnswer] = useState<OthersMayLook | null>(null);
  const [hasError, setHasError] = useState(false);
  const choices = OTHERS_MAY_LOOK.map((value) => ({ value, label: t(`tablet:setup.others.${value}`) }));
  return (
    <StepForm
      title={t('tablet:setup.others.title')}
      step={3}
      total={total}
      submitLabel={t('tablet:setup.finish')}
      onSubmit={() => (answer ? onDone(answer) : setHasError(true))}
      onBack={onBack}
      isBusy={isBusy}
      shouldFocusTitle
    >
      <ChoiceFieldset
        legend={t('tablet:setup.others.legend')}
        name="setup-others"
        choices={choices}
        value={answer}
        onChange={(value) => {
          setAnswer(value);
          setHasError(false);
        }}
        hint={t('tablet:setup.others.hint')}
        error={hasError ? t('tablet:setup.chooseOne') : null}
      />
    </StepForm>
  );
}
