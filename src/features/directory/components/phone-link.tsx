import { useTranslation } from 'react-i18next';
import type { Phone } from '../../../shared/kinds/directory.ts';
import { resolveText } from '../../../shared/localized.ts';
import { dialTarget, formatPhone, isolate } from '../format.ts';

/** One number: a `tel:` or `sms:` link with a 48-px target, or plain text for TTY and fax. */
export function PhoneLink({ phone }: { phone: Phone }) {
  const { t, i18n } = useTranslation(['directory']);
  const number = isolate(
    phone.extension ? t('directory:detail.extension', { number: formatPhone(phone.number), extension: phone.extension }) : formatPhone(phone.number),
  );
  const note = phone.description ? resolveText(phone.description, i18n.language).text : null;
  let content;
  if (phone.type === 'voice') {
    content = (
      <a className="call-button" href={`tel:${dialTarget(phone.number)}`}>
        {t('directory:detail.call', { number })}
      </a>
    );
  } else if (phone.type === 'text') {
    content = (
      <a className="call-button" href={`sms:${dialTarget(phone.number)}`}>
        {t('directory:detail.text', { number })}
      </a>
    );
  } else {
    content = <span>{t(phone.type === 'tty' ? 'directory:detail.tty' : 'directory:detail.fax', { number })}</span>;
  }
  return (
    <li>
      {content}
      {note && <span className="phone-note">{note}</span>}
    </li>
  );
}
