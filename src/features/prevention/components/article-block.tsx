import { useId } from 'react';
import { Link } from '../../../components/link.tsx';
import { useSettings } from '../../../lib/settings.ts';
import type { ArticleBlock as Block } from '../../../shared/kinds/article.ts';
import { directoryHref } from '../model.ts';
import { HelpLines } from './help-lines.tsx';
import { Pictogram } from './pictogram.tsx';

interface Props {
  block: Block;
  /** Language of the article text, for links that ask for "the reader's language". */
  lang: string;
  /** The interface language: call buttons are labelled in it. */
  uiLang: string;
  uiDir: 'ltr' | 'rtl';
}

/** One block of an article, rendered as text: content never becomes markup (SAFETY.md rule 11). */
export function ArticleBlock({ block, lang, uiLang, uiDir }: Props) {
  const titleId = useId();
  const { isDiscreet } = useSettings();
  switch (block.type) {
    case 'heading':
      return <h2>{block.text}</h2>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{item}</li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'actions':
      return (
        <section className="actions-box" aria-labelledby={titleId}>
          <h2 id={titleId}>{block.title}</h2>
          <ul className="actions-list">
            {block.items.map((item, index) => (
              <li key={index}>
                <Pictogram name="check" />
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </section>
      );
    case 'helpLines':
      return (
        <section className="help-box" aria-labelledby={titleId}>
          <h2 id={titleId}>{block.title}</h2>
          <HelpLines lines={block.lines} lang={uiLang !== lang ? uiLang : undefined} dir={uiLang !== lang ? uiDir : undefined} />
        </section>
      );
    case 'directoryLink':
      return (
        <p className="directory-link">
          <Link href={directoryHref(block.query, lang, isDiscreet)}>
            <span>{block.text}</span>
            <Pictogram name="arrow" className="flip-in-rtl" />
          </Link>
        </p>
      );
  }
}
