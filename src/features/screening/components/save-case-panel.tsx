import { useTranslation } from 'react-i18next';
import { CaseCodeForm } from '../../../components/case-code-form.tsx';
import { useSettings } from '../../../lib/settings.ts';
import type { RegionCode } from '../../../shared/regions.ts';
import { type Answers, screeningSnapshot, type ScreeningOutcome } from '../model.ts';
import type { PinnedGuide } from '../session.ts';

interface Props {
  guide: PinnedGuide;
  answers: Answers;
  notes: Readonly<Record<string, string>>;
  outcome: ScreeningOutcome;
  language: string;
  region: string;
}

/** Saves this screening in a new case on this device, under an anonymous code, with her consent. */
export function SaveCasePanel({ guide, answers, notes, outcome, language, region }: Props) {
  const { t } = useTranslation(['screening']);
  const { areCasesAllowed } = useSettings();

  return (
    <section className="outcome-block" aria-labelledby="save-case">
      <h3 id="save-case">{t('screening:save.title')}</h3>
      {areCasesAllowed ? (
        <CaseCodeForm
          className="save-case"
          submitLabel={t('screening:save.submit')}
          caseFields={(now) => ({
            language,
            region: (region || null) as RegionCode | null,
            screening: screeningSnapshot(guide, answers, notes, outcome, now),
          })}
        />
      ) : (
        <p className="notice">{t('screening:save.notAllowed')}</p>
      )}
    </section>
  );
}
