import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';

/** Entry to the information for women; the help lines are always here, even before articles exist. */
export default function InfoPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeading title={t('info.title')}>{t('info.title')}</PageHeading>
      <p className="lead">{t('info.intro')}</p>
      <section className="help-box" aria-labelledby="help-now">
        <h2 id="help-now">{t('info.helpTitle')}</h2>
        <ul className="call-list">
          <li>
            <a className="call-button" href="tel:911">
              {t('info.help911')}
            </a>
          </li>
          <li>
            <a className="call-button" href="tel:+18003639010">
              {t('info.helpSos')}
            </a>
          </li>
        </ul>
      </section>
      <p>{t('info.pending')}</p>
    </section>
  );
}
