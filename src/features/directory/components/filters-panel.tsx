import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, SERVICE_TYPES, sectorSchema, type ServiceType } from '../../../shared/kinds/directory.ts';
import { regionCodeSchema, REGIONS } from '../../../shared/regions.ts';
import { activeFilterCount, FILTER_FLAGS, NO_FILTERS, type DirectoryFilters, type FilterFlag } from '../model.ts';
import { FilterCheckbox } from './filter-checkbox.tsx';
import { NearMe } from './near-me.tsx';

const WHEN_FLAGS: readonly FilterFlag[] = ['open', 'h24', 'evening', 'weekend'];
const CONDITION_FLAGS: readonly FilterFlag[] = FILTER_FLAGS.filter((flag) => !WHEN_FLAGS.includes(flag));

/**
 * The filters, folded in a disclosure so that a 320-px phone shows results first. Every
 * change goes to the URL at once (shareable, survives a reload).
 */
export function FiltersPanel({
  filters,
  languages,
  onChange,
}: {
  filters: DirectoryFilters;
  /** Language options: code and name in the reader's language, already sorted. */
  languages: readonly { code: string; name: string }[];
  onChange: (next: DirectoryFilters) => void;
}) {
  const { t } = useTranslation(['directory']);
  const count = activeFilterCount(filters);
  const [isOpen, setOpen] = useState(count > 0);
  const regionId = useId();
  const sectorId = useId();
  const languageId = useId();

  const toggleType = (type: ServiceType, isChecked: boolean) =>
    onChange({ ...filters, types: isChecked ? [...filters.types, type] : filters.types.filter((other) => other !== type) });
  const toggleFlag = (flag: FilterFlag, isChecked: boolean) => {
    const flags = new Set(filters.flags);
    if (isChecked) flags.add(flag);
    else flags.delete(flag);
    onChange({ ...filters, flags });
  };

  return (
    <details className="filters" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{count > 0 ? t('directory:filters.titleActive', { count }) : t('directory:filters.title')}</summary>
      <div className="filters-body">
        <fieldset>
          <legend>{t('directory:filters.where')}</legend>
          <div className="field">
            <label htmlFor={regionId}>{t('directory:filters.region')}</label>
            <select
              id={regionId}
              value={filters.region ?? ''}
              onChange={(event) => {
                const region = regionCodeSchema.safeParse(event.target.value);
                onChange({ ...filters, region: region.success ? region.data : null });
              }}
            >
              <option value="">{t('directory:filters.allRegions')}</option>
              {REGIONS.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </select>
          </div>
          <NearMe onRegion={(region) => onChange({ ...filters, region })} />
        </fieldset>
        <fieldset>
          <legend>{t('directory:filters.types')}</legend>
          <div className="filter-grid">
            {SERVICE_TYPES.map((type) => (
              <FilterCheckbox
                key={type}
                label={t(`directory:types.${type}`)}
                isChecked={filters.types.includes(type)}
                onChange={(isChecked) => toggleType(type, isChecked)}
              />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('directory:filters.what')}</legend>
          <div className="field">
            <label htmlFor={sectorId}>{t('directory:filters.sector')}</label>
            <select
              id={sectorId}
              value={filters.sector ?? ''}
              onChange={(event) => {
                const sector = sectorSchema.safeParse(event.target.value);
                onChange({ ...filters, sector: sector.success ? sector.data : null });
              }}
            >
              <option value="">{t('directory:filters.allSectors')}</option>
              {SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {t(`directory:sectors.${sector}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={languageId}>{t('directory:filters.language')}</label>
            <select id={languageId} value={filters.lang ?? ''} onChange={(event) => onChange({ ...filters, lang: event.target.value || null })}>
              <option value="">{t('directory:filters.anyLanguage')}</option>
              {languages.map((language) => (
                <option key={language.code} value={language.code}>
                  {language.name}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('directory:filters.when')}</legend>
          <div className="filter-grid">
            {WHEN_FLAGS.map((flag) => (
              <FilterCheckbox key={flag} label={t(`directory:filters.${flag}`)} isChecked={filters.flags.has(flag)} onChange={(isChecked) => toggleFlag(flag, isChecked)} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('directory:filters.conditions')}</legend>
          <div className="filter-grid">
            {CONDITION_FLAGS.map((flag) => (
              <FilterCheckbox key={flag} label={t(`directory:filters.${flag}`)} isChecked={filters.flags.has(flag)} onChange={(isChecked) => toggleFlag(flag, isChecked)} />
            ))}
          </div>
        </fieldset>
        {count > 0 && (
          <button type="button" onClick={() => onChange({ ...NO_FILTERS, q: filters.q })}>
            {t('directory:filters.clear')}
          </button>
        )}
      </div>
    </details>
  );
}
