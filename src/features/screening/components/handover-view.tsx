import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../lib/i18n/index.ts';
import { type GuideData, type GuideItem, NOT_ASKED } from '../../../shared/kinds/guide.ts';
import { type LocalizedText, resolveText } from '../../../shared/localized.ts';
import { ReadAloudButton } from './read-aloud-button.tsx';

interface Props {
  guide: GuideData;
  item: GuideItem;
  /** Her language. */
  language: string;
  value: string;
  onAnswer: (value: string) => void;
  onClose: () => void;
}

/**
 * The question shown to her, in her language, in large text, read aloud when the device has
 * a voice for it. For simple exchanges when no interpreter is available; the reminder above
 * it asks the intervenor to let her approve any interpreter first.
 */
export function HandoverView({ guide, item, language, value, onAnswer, onClose }: Props) {
  const { t } = useTranslation(['screening']);
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [hasAnswered, setHasAnswered] = useState(false);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const directionFor = (lang: string) => guide.womanLanguages.find((entry) => entry.code === lang)?.dir ?? directionOf(lang);
  const inHerLanguage = (text: LocalizedText | undefined) => {
    const resolved = resolveText(text, language);
    return { ...resolved, dir: directionFor(resolved.lang) };
  };
  const question = inHerLanguage(item.toWoman);
  const intro = inHerLanguage(guide.womanPhrases.intro);
  const listen = inHerLanguage(guide.womanPhrases.listen);
  const answered = inHerLanguage(guide.womanPhrases.answered);
  const languageName = guide.womanLanguages.find((entry) => entry.code === language)?.name ?? language;

  const choices =
    item.answerType === 'yes-no'
      ? [
          { id: 'yes', text: inHerLanguage(guide.womanPhrases.yes) },
          { id: 'no', text: inHerLanguage(guide.womanPhrases.no) },
          { id: 'unsure', text: inHerLanguage(guide.womanPhrases.unsure) },
          { id: NOT_ASKED, text: inHerLanguage(guide.womanPhrases.skip) },
        ]
      : item.answerType === 'choice'
        ? item.options.map((option) => ({ id: option.id, text: inHerLanguage(option.toWoman ?? option.label) }))
        : [];

  return (
    <div className="handover-frame">
      <p className="handover-reminder" role="note">
        {t('screening:handover.interpreterReminder')}
      </p>
      {question.lang !== language && (
        <p className="notice">{t('screening:handover.fallbackNotice', { language: languageName })}</p>
      )}
      <section className="handover" lang={question.lang} dir={question.dir} aria-labelledby={titleId}>
        {intro.text && (
          <p className="handover-intro" lang={intro.lang} dir={intro.dir}>
            {intro.text}
          </p>
        )}
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="handover-question">
          {question.text}
        </h2>
        <ReadAloudButton text={question.text} lang={question.lang} label={listen.text} labelLang={listen.lang} />
        <div className="handover-answers">
          {choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              lang={choice.text.lang}
              dir={choice.text.dir}
              aria-pressed={value === choice.id}
              onClick={() => {
                onAnswer(choice.id);
                setHasAnswered(true);
              }}
            >
              {choice.text.text}
            </button>
          ))}
        </div>
        <p role="status" lang={answered.lang} dir={answered.dir} className="handover-status">
          {hasAnswered && answered.text}
        </p>
      </section>
      <button type="button" className="button-primary" onClick={onClose}>
        {t('screening:handover.back')}
      </button>
    </div>
  );
}
