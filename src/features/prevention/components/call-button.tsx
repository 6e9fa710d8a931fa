import { useTranslation } from 'react-i18next';
import { HELP_LINES, type HelpLineKey } from '../../../shared/help-lines.ts';
import { Pictogram } from './pictogram.tsx';

/**
 * A help line as a large call button (≥ 48 px: a shaking hand must hit it) with what the
 * line is for underneath. The number is isolated left-to-right so it reads correctly in
 * Arabic, Persian and Urdu.
 */
export function CallButton({ line }: { line: HelpLineKey }) {
  const { t } = useTranslation(['prevention', 'common']);
  const { number, localNumber, menuOption } = HELP_LINES[line];
  return (
    <li className="call-item">
      <a className="call-link" href={`tel:${number.dial}`}>
        <Pictogram name={line === 'emergency' ? 'alert' : 'phone'} />
        <span className="call-name">{t(`prevention:lines.${line}.name`)}</span>
        <span className="call-number" dir="ltr">
          {number.display}
        </span>
      </a>
      <p className="call-description">
        {t(`prevention:lines.${line}.description`)}
        {menuOption && <> {t('prevention:help.menuOption', { option: menuOption })}</>}
      </p>
      {localNumber && (
        <p className="call-description">
          <a className="call-local" href={`tel:${localNumber.dial}`}>
            {t('prevention:help.localNumber', { number: localNumber.display })}
          </a>
        </p>
      )}
    </li>
  );
}
