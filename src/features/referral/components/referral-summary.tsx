import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistProgress } from '../../../components/checklist-groups.tsx';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import type { CaseData } from '../../../lib/cases/case-schema.ts';
import { INDICATOR_CATEGORIES } from '../../../shared/kinds/guide.ts';
import { type LocalizedText, resolveText } from '../../../shared/localized.ts';
import { findRegion } from '../../../shared/regions.ts';
import { useLanguageOptions } from '../data/use-reference-data.ts';
import { SUMMARY_FIELDS, type SummaryField, summaryText } from '../model.ts';
import { SummaryActions } from './summary-actions.tsx';
import { fallbackChain } from '../../../shared/languages.ts';

interface Props {
  caseId: string;
  data: CaseData;
  documentTitle: string;
}

/** The referral summary: only the fields the intervenor ticks (none by default), to print or share. */
export function ReferralSummary({ caseId, data, documentTitle }: Props) {
  const { t, i18n } = useTranslation(['screening']);
  const lng = i18n.language;
  const text = (value: LocalizedText) => resolveText(value, lng).text;
  const languages = useLanguageOptions();
  const [fields, setFields] = useState<ReadonlySet<SummaryField>>(new Set());
  const date = (iso: string) => new Intl.DateTimeFormat(fallbackChain(lng), { dateStyle: 'long' }).format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso));
  const languageName = (code: string | null) => (code ? (languages.find((entry) => entry.code === code)?.name ?? code) : null);
  const answer = (value: boolean | null) => t(`screening:answers.${value === null ? 'notAsked' : value ? 'yes' : 'no'}`);
  const outcome = data.screening?.outcome;

  const values: Record<SummaryField, string | null> = {
    code: data.code,
    created: date(data.createdAt),
    language: languageName(data.language),
    region: data.region ? `${data.region} ${findRegion(data.region)?.name ?? ''}` : null,
    interpreter: data.interpreter.isNeeded
      ? t('screening:summary.interpreterValue', {
          language: languageName(data.interpreter.language) ?? t('screening:summary.notGiven'),
          approved: answer(data.interpreter.isApprovedByHer),
        })
      : t('screening:summary.interpreterNotNeeded'),
    consent:
      (['storage', 'referral', 'shareSummary', 'keepInTouch'] as const)
        .filter((consent) => data.consent[consent])
        .map((consent) => t(`screening:case.consent.${consent}`))
        .join('\n') || null,
    path: outcome ? `${text(outcome.pathTitle)}\n${t('screening:outcome.urgencyLabel')} ${t(`screening:urgency.${outcome.urgency}`)}` : null,
    services: outcome?.serviceTypes.map((type) => t(`screening:serviceTypes.${type}`)).join('\n') || null,
    signs: outcome
      ? INDICATOR_CATEGORIES.flatMap((category) => {
          const signs = outcome.indicators.filter((indicator) => indicator.category === category);
          return signs.length ? [`${t(`screening:categories.${category}`)} : ${signs.map((sign) => text(sign.label)).join(' ; ')}`] : [];
        }).join('\n') || null
      : null,
    receiving: data.receiving ? [text(data.receiving.name), data.receiving.phone].filter(Boolean).join(' · ') : null,
    coordination: data.coordination.coordinator ? t(`screening:case.coordinatorOption.${data.coordination.coordinator}`) : null,
    contactPlan: data.coordination.contactPlan.trim() || null,
    followUps:
      data.followUps
        .filter((followUp) => !followUp.isDone)
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((followUp) => [date(followUp.date), followUp.note].filter(Boolean).join(' — '))
        .join('\n') || null,
    checklists:
      data.checklists
        .map((checklist) => `${text(checklist.title)} — ${t('screening:checklist.progress', checklistProgress(checklist.groups, checklist.checked))}`)
        .join('\n') || null,
    notes: data.notes.trim() || null,
  };
  const lines = SUMMARY_FIELDS.filter((field) => fields.has(field)).map((field) => ({
    label: t(`screening:summary.fields.${field}`),
    value: values[field] ?? t('screening:summary.notGiven'),
  }));
  const heading = t('screening:summary.heading');

  function toggle(field: SummaryField, isChecked: boolean) {
    setFields((current) => {
      const next = new Set(current);
      if (isChecked) next.add(field);
      else next.delete(field);
      return next;
    });
  }

  return (
    <section className="summary-page">
      <PageHeading title={documentTitle}>{t('screening:summary.title')}</PageHeading>
      <div className="summary-controls">
        <p>{t('screening:summary.intro')}</p>
        <fieldset className="plain-fieldset summary-fields">
          <legend>{t('screening:summary.fieldsLegend')}</legend>
          {SUMMARY_FIELDS.map((field) => (
            <label key={field} className="answer-choice">
              <input type="checkbox" checked={fields.has(field)} onChange={(event) => toggle(field, event.target.checked)} />
              {t(`screening:summary.fields.${field}`)}
            </label>
          ))}
        </fieldset>
        <p className="notice">{t('screening:summary.shareWarning')}</p>
        <SummaryActions title={heading} text={summaryText(heading, lines)} isEmpty={lines.length === 0} />
        <p>
          <Link href={`/cases/${caseId}`}>{t('screening:summary.backToCase')}</Link>
        </p>
      </div>
      <article className="summary-preview print-area" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{heading}</h2>
        {lines.length === 0 ? (
          <p>{t('screening:summary.empty')}</p>
        ) : (
          <dl>
            {lines.map((line) => (
              <div key={line.label}>
                <dt>{line.label}</dt>
                <dd className="pre-wrap">{line.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </article>
    </section>
  );
}
