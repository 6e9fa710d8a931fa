/** Renders the whole app at `path`, in French, over fake-indexeddb seeded by the test. */
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../src/app/app.tsx';
import { i18next } from '../../../src/lib/i18n/index.ts';

export function renderAppAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(
    <I18nextProvider i18n={i18next}>
      <App />
    </I18nextProvider>,
  );
}
