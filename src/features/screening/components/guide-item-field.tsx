import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type GuideItem, NOT_ASKED } from '../../../shared/kinds/guide.ts';
import { resolveText } from '../../../shared/localized.ts';
import { Localized } from '../../../components/localized.tsx';

interface Props {
  item: GuideItem;
  value: string;
  note: string;
  onAnswer: (value: string) => void;
  onNote: (text: string) => void;
  onShowHer: () => void;
}

const YES_NO = ['yes', 'no', 'unsure'] as const;

/** One question or observation: the intervenor's prompt, the suggested words, and the answers. */
export function GuideItemField({ item, value, note, onAnswer, onNote, onShowHer }: Props) {
  const { t, i18n } = useTranslation(['screening']);
  const lng = i18n.language;
  const name = useId();
  const guidance = item.guidance ? <p className="guidance"><Localized text={item.guidance} /></p> : null;

  if (item.answerType === 'note') {
    return (
      <div className="guide-item">
        <label htmlFor={name} className="item-prompt">
          <Localized text={item.prompt} />
        </label>
        {guidance}
        <textarea id={name} rows={4} value={note} onChange={(event) => onNote(event.target.value)} />
      </div>
    );
  }

  const choices =
    item.answerType === 'yes-no'
      ? YES_NO.map((answer) => ({ id: answer, label: t(`screening:answers.${answer}`) }))
      : item.options.map((option) => ({ id: option.id, label: resolveText(option.label, lng).text }));
  const notAskedLabel = item.kind === 'question' ? t('screening:answers.notAsked') : t('screening:answers.notNoted');
  const words = item.toWoman ? resolveText(item.toWoman, lng) : null;

  return (
    <fieldset className="guide-item">
      <legend className="item-prompt"><Localized text={item.prompt} /></legend>
      {words && (
        <p className="suggested-words">
          <span className="visually-hidden">{t('screening:steps.suggestedWords')}</span>
          <q lang={words.lang}>{words.text}</q>
        </p>
      )}
      {guidance}
      <div className="answer-choices">
        {[...choices, { id: NOT_ASKED, label: notAskedLabel }].map((choice) => (
          <label key={choice.id} className="answer-choice">
            <input
              type="radio"
              name={name}
              value={choice.id}
              checked={value === choice.id}
              onChange={() => onAnswer(choice.id)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {item.kind === 'question' && (
        <button
          type="button"
          className="show-her"
          onClick={onShowHer}
          aria-label={t('screening:steps.showHerNamed', { prompt: resolveText(item.prompt, lng).text })}
        >
          {t('screening:steps.showHer')}
        </button>
      )}
    </fieldset>
  );
}
