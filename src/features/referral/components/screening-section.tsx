import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import type { CaseData } from '../../../lib/cases/case-schema.ts';
import { directoryHref } from '../../../lib/directory-link.ts';
import { useSettings } from '../../../lib/settings.ts';
import { INDICATOR_CATEGORIES } from '../../../shared/kinds/guide.ts';
import { type LocalizedText, resolveText } from '../../../shared/localized.ts';
import { useGuideRevisions } from '../data/use-reference-data.ts';
import { Localized } from '../../../components/localized.tsx';

/** The screening kept in the case, exactly as answered: it reads the same after a newer guide syncs. */
export function ScreeningSection({ data }: { data: CaseData }) {
  const { t, i18n } = useTranslation(['screening']);
  const text = (value: LocalizedText) => resolveText(value, i18n.language).text;
  const revisions = useGuideRevisions();
  const { isDiscreet } = useSettings();
  const screening = data.screening;
  if (!screening) {
    return (
      <section className="case-section" aria-labelledby="case-screening">
        <h2 id="case-screening">{t('screening:case.screeningTitle')}</h2>
        <p>{t('screening:case.noScreening')}</p>
        <p>
          <Link href="/screening">{t('screening:hub.screening')}</Link>
        </p>
      </section>
    );
  }
  const current = revisions.get(screening.guideId);
  const { outcome } = screening;
  return (
    <section className="case-section" aria-labelledby="case-screening">
      <h2 id="case-screening">{t('screening:case.screeningTitle')}</h2>
      <p className="hint">
        {t('screening:case.guideRevision', { title: text(screening.guideTitle), revision: screening.guideRevision })}
        {current !== undefined && current !== screening.guideRevision && ` ${t('screening:case.newerGuide', { revision: current })}`}
      </p>
      <h3><Localized text={outcome.pathTitle} /></h3>
      <p className={`urgency urgency-${outcome.urgency}`}>
        {t('screening:outcome.urgencyLabel')} <strong>{t(`screening:urgency.${outcome.urgency}`)}</strong>
      </p>
      {outcome.serviceTypes.length > 0 && (
        <ul>
          {outcome.serviceTypes.map((type) => (
            <li key={type}>{t(`screening:serviceTypes.${type}`)}</li>
          ))}
        </ul>
      )}
      <p>
        <Link href={directoryHref({ region: data.region, language: data.language, serviceTypes: outcome.serviceTypes }, isDiscreet)}>
          {t('screening:outcome.openDirectory')}
        </Link>
      </p>
      {INDICATOR_CATEGORIES.map((category) => {
        const signs = outcome.indicators.filter((indicator) => indicator.category === category);
        return signs.length === 0 ? null : (
          <div key={category}>
            <h4>{t(`screening:categories.${category}`)}</h4>
            <ul>
              {signs.map((sign) => (
                <li key={sign.id}><Localized text={sign.label} /></li>
              ))}
            </ul>
          </div>
        );
      })}
      <details>
        <summary>{t('screening:case.answers', { count: screening.answers.length })}</summary>
        <dl className="answer-list">
          {screening.answers.map((answer) => (
            <div key={answer.itemId}>
              <dt><Localized text={answer.prompt} /></dt>
              <dd>{answer.answerLabel ? text(answer.answerLabel) : t(`screening:answers.${answer.answer as 'yes' | 'no' | 'unsure'}`)}</dd>
            </div>
          ))}
          {screening.notes.map((note) => (
            <div key={note.itemId}>
              <dt><Localized text={note.prompt} /></dt>
              <dd className="pre-wrap">{note.text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
