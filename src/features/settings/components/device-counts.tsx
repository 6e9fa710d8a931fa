import { useTranslation } from 'react-i18next';
import { CONTENT_TABLES, useDeviceCounts } from '../data/use-device-counts.ts';
import { fallbackChain } from '../../../shared/languages.ts';

/** What this device holds (downloaded content per table, cases). The sync section shows when content last arrived. */
export function DeviceCounts() {
  const { t, i18n } = useTranslation(['settings']);
  const counts = useDeviceCounts();
  const number = new Intl.NumberFormat(fallbackChain(i18n.language));
  const line = (label: string, value: number) => t('settings:data.countLine', { label, value: number.format(value) });

  if (!counts) return <p role="status">{t('settings:data.counting')}</p>;
  return (
    <>
      <ul className="count-list">
        <li>{line(t('settings:data.cases'), counts.cases)}</li>
        <li>
          {line(t('settings:data.contentTitle'), counts.contentTotal)}
          <ul>
            {CONTENT_TABLES.filter((name) => counts.content[name] > 0).map((name) => (
              <li key={name}>{line(t(`settings:data.table.${name}`), counts.content[name])}</li>
            ))}
          </ul>
        </li>
      </ul>
    </>
  );
}
