import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import type { CaseData } from '../../../lib/cases/case-schema.ts';
import { type LocalizedText, resolveText } from '../../../shared/localized.ts';
import { useServices } from '../data/use-reference-data.ts';
import { matchesQuery } from '../model.ts';
import { Localized } from '../../../components/localized.tsx';

type Update = (change: (data: CaseData) => CaseData) => void;
const MAX_RESULTS = 20;

/** The resource she is referred to, picked from the directory on this device. */
export function ReceivingSection({ data, update }: { data: CaseData; update: Update }) {
  const { t, i18n } = useTranslation(['screening']);
  const text = (value: LocalizedText) => resolveText(value, i18n.language).text;
  const services = useServices();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const results = query.trim()
    ? (services ?? [])
        .filter((service) => service.data.status === 'active')
        .filter((service) => matchesQuery(query, [...Object.values(service.data.name), ...Object.values(service.data.description)]))
        .slice(0, MAX_RESULTS)
    : [];
  const hasDemo = results.some((service) => service.data.demo);

  return (
    <section className="case-section" aria-labelledby="case-receiving">
      <h2 id="case-receiving">{t('screening:case.receivingTitle')}</h2>
      {data.receiving ? (
        <div className="box">
          <p>
            <strong><Localized text={data.receiving.name} /></strong>
            {data.receiving.phone && (
              <>
                {' · '}
                <a href={`tel:${data.receiving.phone}`}>{data.receiving.phone}</a>
              </>
            )}
          </p>
          <p className="actions">
            <Link href={`/directory/${data.receiving.serviceId}`}>{t('screening:case.receivingOpen')}</Link>
            <button type="button" onClick={() => update((current) => ({ ...current, receiving: null }))}>
              {t('screening:case.receivingChange')}
            </button>
          </p>
        </div>
      ) : (
        <div className="service-picker">
          <p className="field">
            <label htmlFor={searchId}>{t('screening:case.receivingSearch')}</label>
            <input id={searchId} type="search" value={query} autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
          </p>
          {services?.length === 0 && <p className="hint">{t('screening:case.receivingEmpty')}</p>}
          {hasDemo && <p className="demo-banner">{t('screening:trajectory.demo')}</p>}
          {query.trim() && (
            <p role="status" className="hint">
              {t('screening:case.receivingResults', { count: results.length })}
            </p>
          )}
          <ul className="picker-results">
            {results.map((service) => {
              const phone = service.data.phones.find((candidate) => candidate.type === 'voice')?.number ?? null;
              return (
                <li key={service.id}>
                  <button
                    type="button"
                    onClick={() => update((current) => ({ ...current, receiving: { serviceId: service.id, name: service.data.name, phone } }))}
                  >
                    {t('screening:case.receivingChoose', { name: text(service.data.name) })}
                  </button>
                  <span className="hint">
                    {service.data.isProvinceWide ? t('screening:case.provinceWide') : service.data.regionsServed.join(', ')}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
