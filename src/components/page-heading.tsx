import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNavigatedInApp } from '../lib/router.ts';
import { useSettings } from '../lib/settings.ts';

interface Props {
  children: ReactNode;
  title: string;
  /**
   * The page's title in neutral words for discreet mode ("Lecture", not the article's
   * title): the tab and the history then read "Lecture — Notes" (SAFETY.md rule 7).
   */
  neutralTitle?: string;
}

/**
 * The page's `<h1>`. It sets the document title and, after an in-app navigation, takes
 * focus so that screen-reader users hear where they arrived (on first load the browser
 * starts at the top of the page already).
 */
export function PageHeading({ children, title, neutralTitle }: Props) {
  const { t } = useTranslation();
  const { isDiscreet } = useSettings();
  const ref = useRef<HTMLHeadingElement>(null);
  const appName = isDiscreet ? t('discreet.title') : t('app.name');
  const shownTitle = isDiscreet ? neutralTitle : title;

  // A layout effect: the title changes in the same commit as the heading, so nothing
  // (a screen reader, the history entry, a test) sees the new page under the old title.
  useLayoutEffect(() => {
    document.title = !shownTitle || shownTitle === appName ? appName : `${shownTitle} — ${appName}`;
  }, [shownTitle, appName]);

  useEffect(() => {
    if (hasNavigatedInApp()) ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
