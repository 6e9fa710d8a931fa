/** Renders the whole app as main.tsx does, over the fake IndexedDB the test seeded. */
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/app/app.tsx';
import { i18next } from '../../src/lib/i18n/index.ts';

/** The app at `path` (or at the current URL when none is given). */
export function renderApp(path?: string) {
  if (path !== undefined) window.history.replaceState(null, '', path);
  return render(
    <I18nextProvider i18n={i18next}>
      <App />
    </I18nextProvider>,
  );
}
