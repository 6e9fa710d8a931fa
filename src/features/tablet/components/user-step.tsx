import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVICE_USERS, type DeviceUser } from '../model.ts';
import { ChoiceFieldset } from './choice-fieldset.tsx';
import { StepForm } from './step-form.tsx';

interface Props {
  total: number;
  initial: DeviceUser | null;
  onBack: () => void;
  onDone: (user: DeviceUser) => void;
}

/** Step 2: who uses this device. */
export function UserStep({ total, initial, onBack, onDone }: Props) {
  const { t } = useTranslation(['tablet']);
  const [user, setUser] = useState<DeviceUser | null>(initial);
  const [hasError, setHasError] = useState(false);
  const choices = DEVICE_USERS.map((value) => ({
    value,
    label: t(`tablet:setup.user.${value}`),
    hint: t(`tablet:setup.user.${value}Hint`),
  }));
  return (
    <StepForm
      title={t('tablet:setup.user.title')}
      step={2}
      total={total}
      submitLabel={t('tablet:setup.continue')}
      onSubmit={() => (user ? onDone(user) : setHasError(true))}
      onBack={onBack}
      shouldFocusTitle
    >
      <ChoiceFieldset
        legend={t('tablet:setup.user.legend')}
        name="setup-user"
        choices={choices}
        value={user}
        onChange={(value) => {
          setUser(value);
          setHasError(false);
        }}
        error={hasError ? t('tablet:setup.chooseOne') : null}
      />
    </StepForm>
  );
}
