import type { HelpLineKey } from '../../../shared/help-lines.ts';
import { CallButton } from './call-button.tsx';

/** A list of call buttons. `lang` marks it when the page around it is in another language. */
export function HelpLines({ lines, lang, dir }: { lines: readonly HelpLineKey[]; lang?: string; dir?: 'ltr' | 'rtl' }) {
  return (
    <ul className="call-list" lang={lang} dir={dir}>
      {lines.map((line) => (
        <CallButton key={line} line={line} />
      ))}
    </ul>
  );
}
