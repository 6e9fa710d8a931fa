import { useId, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUERY_LENGTH } from '../model.ts';

/** The search field ("Rechercher"): results follow every keystroke. */
export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation(['directory']);
  const id = useId();
  const hintId = useId();
  return (
    <form role="search" className="directory-search" onSubmit={(event: FormEvent) => event.preventDefault()}>
      <label htmlFor={id} className="directory-search-label">
        {t('directory:list.searchLabel')}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-describedby={hintId}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
      <p id={hintId} className="hint">
        {t('directory:list.searchHint')}
      </p>
    </form>
  );
}
