import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseData } from '../../../lib/cases/case-schema.ts';
import { fallbackChain } from '../../../shared/languages.ts';

type Update = (change: (data: CaseData) => CaseData) => void;

/** Follow-up dates of this case; they also show in "My follow-ups". */
export function FollowUpsSection({ data, update }: { data: CaseData; update: Update }) {
  const { t, i18n } = useTranslation(['screening']);
  const ids = { date: useId(), note: useId() };
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const format = (iso: string) => new Intl.DateTimeFormat(fallbackChain(i18n.language), { dateStyle: 'full' }).format(new Date(`${iso}T12:00:00`));
  const sorted = [...data.followUps].sort((a, b) => a.date.localeCompare(b.date));

  function handleAdd(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    update((current) => ({
      ...current,
      followUps: [...current.followUps, { id: crypto.randomUUID(), date, note: note.trim().slice(0, 200), isDone: false }],
    }));
    setDate('');
    setNote('');
  }

  return (
    <section className="case-section" aria-labelledby="case-follow-ups">
      <h2 id="case-follow-ups">{t('screening:case.followUpsTitle')}</h2>
      {sorted.length === 0 && <p>{t('screening:case.followUpsNone')}</p>}
      <ul className="follow-up-list">
        {sorted.map((followUp) => (
          <li key={followUp.id}>
            <label className="checklist-item">
              <input
                type="checkbox"
                checked={followUp.isDone}
                onChange={(event) =>
                  update((current) => ({
                    ...current,
                    followUps: current.followUps.map((entry) => (entry.id === followUp.id ? { ...entry, isDone: event.target.checked } : entry)),
                  }))
                }
              />
              <span>
                {format(followUp.date)}
                {followUp.note && <span className="checklist-detail">{followUp.note}</span>}
              </span>
            </label>
            <button
              type="button"
              className="link-button"
              aria-label={t('screening:case.followUpRemoveNamed', { date: format(followUp.date) })}
              onClick={() => update((current) => ({ ...current, followUps: current.followUps.filter((entry) => entry.id !== followUp.id) }))}
            >
              {t('screening:case.followUpRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="follow-up-form" onSubmit={handleAdd}>
        <p className="field">
          <label htmlFor={ids.date}>{t('screening:case.followUpDate')}</label>
          <input id={ids.date} type="date" value={date} required onChange={(event) => setDate(event.target.value)} />
        </p>
        <p className="field">
          <label htmlFor={ids.note}>{t('screening:case.followUpNote')}</label>
          <input id={ids.note} value={note} maxLength={200} autoComplete="off" onChange={(event) => setNote(event.target.value)} />
        </p>
        <button type="submit">{t('screening:case.followUpAdd')}</button>
      </form>
    </section>
  );
}
