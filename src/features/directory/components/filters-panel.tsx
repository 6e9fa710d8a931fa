import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, SERVICE_TYPES, sectorSchema, type ServiceType } from '../../../shared/kinds/directory.ts';
import { regionCodeSchema, REGIONS } from '../../../shared/regions.ts';
import { activeFilterCount, FILTER_FLAGS, NO_FILTERS, type DirectoryFilters, type FilterFlag } from '../model.ts';
import { ChoiceSelect } from './choice-select.tsx';
import { FilterCheckbox } from './filter-checkbox.tsx';
import { NearMe } from './near-me.tsx';
import { languageOptions } from '../format.ts';
import { useExtraLanguageNames } from '../use-language-names.ts';

const WHEN_FLAGS: readonly FilterFlag[] = ['open', 'h24', 'evening', 'weekend'];
const CONDITION_FLAGS: readonly FilterFlag[] = FILTER_FLAGS.filter((flag) => !WHEN_FLAGS.includes(flag));
/** The yes/no filters, in two groups under their legend. */
const FLAG_GROUPS = [
  { legend: 'when', flags: WHEN_FLAGS },
  { legend: 'conditions', flags: CONDITION_FLAGS },
] as const;

/**
 * The filters, folded in a disclosure so that a 320-px phone shows results first. Every
 * change goes to the URL at once (shareable, survives a reload).
 */
export function FiltersPanel({ filters, languageCodes, onChange }: Props) {
  const { t } = useTranslation(['directory']);
  const count = activeFilterCount(filters);
  const [isOpen, setOpen] = useState(count > 0);
  return (
    <details className="filters" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{count > 0 ? t('directory:filters.titleActive', { count }) : t('directory:filters.title')}</summary>
      {/* Only while open: a closed panel shows nothing, and building its options (language
          names, collation) on a cold start would hold the list back (issue 8). */}
      {isOpen && <FiltersBody filters={filters} languageCodes={languageCodes} onChange={onChange} />}
    </details>
  );
}

interface Props {
  filters: DirectoryFilters;
  /** Every language spoken or interpreted in the directory; the app's own are always offered. */
  languageCodes: readonly string[];
  onChange: (next: DirectoryFilters) => void;
}

function FiltersBody({ filters, languageCodes, onChange }: Props) {
  const { t, i18n } = useTranslation(['directory']);
  const lng = i18n.language;
  const count = activeFilterCount(filters);
  const extraNames = useExtraLanguageNames();
  const languages = useMemo(() => languageOptions(languageCodes, lng, extraNames), [languageCodes, lng, extraNames]);

  const toggleType = (type: ServiceType, isChecked: boolean) =>
    onChange({ ...filters, types: isChecked ? [...filters.types, type] : filters.types.filter((other) => other !== type) });
  const toggleFlag = (flag: FilterFlag, isChecked: boolean) => {
    const flags = new Set(filters.flags);
    if (isChecked) flags.add(flag);
    else flags.delete(flag);
    onChange({ ...filters, flags });
  };

  return (
    <div className="filters-body">
      <fieldset>
        <legend>{t('directory:filters.where')}</legend>
        <ChoiceSelect
          label={t('directory:filters.region')}
          noneLabel={t('directory:filters.allRegions')}
          value={filters.region}
          options={REGIONS}
          onChange={(value) => {
            const region = regionCodeSchema.safeParse(value);
            onChange({ ...filters, region: region.success ? region.data : null });
          }}
        />
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
        <ChoiceSelect
          label={t('directory:filters.sector')}
          noneLabel={t('directory:filters.allSectors')}
          value={filters.sector}
          options={SECTORS.map((sector) => ({ code: sector, name: t(`directory:sectors.${sector}`) }))}
          onChange={(value) => {
            const sector = sectorSchema.safeParse(value);
            onChange({ ...filters, sector: sector.success ? sector.data : null });
          }}
        />
        <ChoiceSelect
          label={t('directory:filters.language')}
          noneLabel={t('directory:filters.anyLanguage')}
          value={filters.lang}
          options={languages}
          onChange={(lang) => onChange({ ...filters, lang })}
        />
      </fieldset>
      {FLAG_GROUPS.map((group) => (
        <fieldset key={group.legend}>
          <legend>{t(`directory:filters.${group.legend}`)}</legend>
          <div className="filter-grid">
            {group.flags.map((flag) => (
              <FilterCheckbox key={flag} label={t(`directory:filters.${flag}`)} isChecked={filters.flags.has(flag)} onChange={(isChecked) => toggleFlag(flag, isChecked)} />
            ))}
          </div>
        </fieldset>
      ))}
      {count > 0 && (
        <button type="button" onClick={() => onChange({ ...NO_FILTERS, q: filters.q })}>
          {t('directory:filters.clear')}
        </button>
      )}
    </div>
  );
}
