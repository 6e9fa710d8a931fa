import { configure, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCREENING_IDS } from '../../../src/content/screening/ids.ts';
import { db, readSettingsSnapshot } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { clearDevice, passAloneAndInterpreterGates, passScreeningGates, seedGuidesPack } from './seed.ts';

// The first render of a file loads lazy route chunks and catalogs: give it time on a slow machine.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(async () => {
  await i18next.changeLanguage('fr');
  await clearDevice();
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/screening');
});

afterEach(() => {
  Reflect.deleteProperty(window, 'speechSynthesis');
});

async function start(user: UserEvent, options: { language?: string; region?: string } = {}) {
  renderApp();
  await screen.findByRole('heading', { level: 2, name: 'Guide de conversation pour le repérage' });
  if (options.language) await user.selectOptions(screen.getByRole('combobox', { name: 'Sa langue' }), options.language);
  if (options.region) await user.selectOptions(screen.getByRole('combobox', { name: 'Sa région' }), options.region);
  await user.click(screen.getByRole('button', { name: 'Commencer' }));
}

describe('the guided screening', () => {
  it('explains that the guide will arrive with the next sync when none is on the device', async () => {
    renderApp();
    expect(await screen.findByText(/Aucun guide n'est encore sur cet appareil/)).toBeInTheDocument();
  });

  it('shows one step at a time with progress, back and forward, and the emergency numbers on every step', async () => {
    await seedGuidesPack();
    const user = userEvent.setup();
    await start(user);
    expect(await screen.findByRole('heading', { level: 2, name: 'Un moment sûr pour parler' })).toHaveFocus();
    expect(screen.getByText(/étape 1 sur 2/)).toBeInTheDocument();
    await passScreeningGates(user);
    expect(screen.getByRole('heading', { level: 2, name: 'Comment ça se passe à la maison' })).toBeInTheDocument();
    expect(screen.getByText(/étape 4 sur 14/)).toBeInTheDocument();
    const emergency = screen.getByRole('complementary', { name: 'Danger immédiat' });
    expect(within(emergency).getByRole('link', { name: /911/ })).toHaveAttribute('href', 'tel:911');
    expect(within(emergency).getByRole('link', { name: /SOS violence conjugale/ })).toHaveAttribute('href', 'tel:18003639010');
    await user.click(screen.getByRole('button', { name: 'Précédent' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Son accord et la confidentialité' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: /accepte de parler/ })).getByRole('radio', { name: 'Oui' })).toBeChecked();
  });

  it('recommends acting now on immediate danger, with a directory link for her region and language', async () => {
    await seedGuidesPack();
    const user = userEvent.setup();
    await start(user, { language: 'ar', region: '08' });
    await passScreeningGates(user);
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByRole('heading', { level: 2, name: "Aujourd'hui" })).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: /Peur de rentrer/ })).getByRole('radio', { name: 'Oui' }));
    await user.click(screen.getByRole('button', { name: 'Aller tout de suite au résultat' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Danger immédiat : agir maintenant' })).toBeInTheDocument();
    expect(screen.getByText('maintenant')).toBeInTheDocument();
    expect(screen.getByText(/soutient votre jugement professionnel/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Voir ces services dans le répertoire/ })).toHaveAttribute(
      'href',
      '/directory?region=08&lang=ar&type=police&type=emergency-shelter&type=help-line',
    );
    expect(await screen.findByRole('link', { name: 'Référence : orienter vers la bonne ressource' })).toHaveAttribute(
      'href',
      `/checklists/${SCREENING_IDS.checklists.referral}`,
    );
  });

  it('shows a question to her in Arabic, right to left, and records her answer', async () => {
    await seedGuidesPack();
    const user = userEvent.setup();
    await start(user, { language: 'ar' });
    await passAloneAndInterpreterGates(user);
    await user.click(screen.getByRole('button', { name: /Montrer à elle : Demandez-lui si elle accepte de parler/ }));

    expect(screen.getByRole('note')).toHaveTextContent(/laissez-la d'abord l'approuver/);
    const question = screen.getByRole('heading', { level: 2, name: /أودّ أن أطرح عليكِ بعض الأسئلة/ });
    const handover = question.closest('section');
    expect(handover).toHaveAttribute('lang', 'ar');
    expect(handover).toHaveAttribute('dir', 'rtl');
    expect(screen.queryByRole('button', { name: 'استمعي' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'نعم' }));
    expect(screen.getByRole('button', { name: 'نعم' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('تم تسجيل الإجابة.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Revenir au guide' }));
    expect(within(screen.getByRole('group', { name: /accepte de parler/ })).getByRole('radio', { name: 'Oui' })).toBeChecked();
  });

  it('offers to read aloud only with a voice of her language that runs on the device', async () => {
    await seedGuidesPack();
    const voices = [
      { lang: 'ar-SA', localService: false, default: false, name: 'Network voice', voiceURI: 'n' },
      { lang: 'fr-CA', localService: true, default: true, name: 'Local French', voiceURI: 'f' },
    ];
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { getVoices: () => voices, addEventListener() {}, removeEventListener() {}, cancel() {}, speak() {} },
    });
    const user = userEvent.setup();
    await start(user, { language: 'ar' });
    await passAloneAndInterpreterGates(user);
    await user.click(screen.getByRole('button', { name: /Montrer à elle : Demandez-lui si elle accepte/ }));
    expect(screen.queryByRole('button', { name: 'استمعي' })).not.toBeInTheDocument();

    voices.push({ lang: 'ar-SA', localService: true, default: false, name: 'Local Arabic', voiceURI: 'a' });
    await user.click(screen.getByRole('button', { name: 'Revenir au guide' }));
    await user.click(screen.getByRole('button', { name: /Montrer à elle : Demandez-lui si elle accepte/ }));
    expect(screen.getByRole('button', { name: 'استمعي' })).toBeInTheDocument();
  });

  it('keeps the guide it started with when a newer revision arrives, and stores nothing', async () => {
    await seedGuidesPack();
    const user = userEvent.setup();
    await start(user);
    const row = await db.guide.get(SCREENING_IDS.guide);
    const data = structuredClone(row?.data) as { revision: number; sections: { steps: { title: { fr: string } }[] }[] };
    data.revision = 2;
    const firstStep = data.sections[0]?.steps[0];
    if (firstStep) firstStep.title.fr = 'Titre de la version 2';
    await db.guide.put({ id: SCREENING_IDS.guide, version: 2, data });

    expect(await screen.findByText(/Vous continuez avec la version 1/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Un moment sûr pour parler' })).toBeInTheDocument();
    expect(await db.cases.count()).toBe(0);
    // Web storage holds nothing of it: at most start-up's copy of the settings rows.
    expect([...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key !== 'passerelle:settings')).toEqual([]);
    expect([...(readSettingsSnapshot()?.keys() ?? [])].filter((key) => !['device', 'tablet', 'cases'].includes(key))).toEqual([]);
  });
});
