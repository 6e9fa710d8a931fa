import { useTranslation } from 'react-i18next';
import type { ServiceData } from '../../../shared/kinds/directory.ts';
import { isolate } from '../format.ts';
import { PhoneLink } from './phone-link.tsx';

/** Phone (tel:), text (sms:), email and website; a website opens only when tapped. */
export function ServiceContact({ service }: { service: ServiceData }) {
  const { t } = useTranslation(['directory']);
  return (
    <section aria-labelledby="contact-title" className="detail-section">
      <h2 id="contact-title">{t('directory:detail.contact')}</h2>
      {service.phones.length > 0 ? (
        <ul className="call-list">
          {service.phones.map((phone, index) => (
            <PhoneLink key={`${phone.number}-${index}`} phone={phone} />
          ))}
        </ul>
      ) : (
        <p>{service.verification.isVerified ? t('directory:detail.noPhone') : t('directory:detail.unverifiedPhone')}</p>
      )}
      {service.email && (
        <p>
          <a href={`mailto:${service.email}`}>{t('directory:detail.email', { email: isolate(service.email) })}</a>
        </p>
      )}
      {service.website && (
        <p className="website">
          <span>{t('directory:detail.website')}</span>{' '}
          <a href={service.website} target="_blank" rel="noopener noreferrer" dir="ltr">
            {service.website}
          </a>
          <span className="hint">{t('directory:detail.websiteHint')}</span>
        </p>
      )}
    </section>
  );
}
