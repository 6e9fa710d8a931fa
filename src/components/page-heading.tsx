import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNavigatedInApp } from '../lib/router.ts';

/**
 * The page's `<h1>`. It sets the document title and, after an in-app navigation, takes
 * focus so that screen-reader users hear where they arrived (on first load the browser
 * starts at the top of the page already).
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const appName = t('app.name');

  useEffect(() => {
    document.title = title === appName ? appName : `${title} — ${appName}`;
  }, [title, appName]);

  useEffect(() => {
    if (hasNavigatedInApp()) ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
