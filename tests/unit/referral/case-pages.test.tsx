import { configure, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCREENING_IDS } from '../../../src/content/screening/ids.ts';
import { forgetAllKeys } from '../../../src/lib/cases/case-session.ts';
import { createCase } from '../../../src/lib/cases/case-store.ts';
import { db } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { updateSettings } from '../../../src/lib/settings.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { clearDevice, passScreeningGates, seedGuidesPack } from '../screening/seed.ts';

// The first render of a file loads lazy route chunks and catalogs: give it time on a slow machine.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(async () => {
  forgetAllKeys();
  await i18next.changeLanguage('fr');
  await clearDevice();
});

async function createFromScratch(user: UserEvent, code: string) {
  const view = renderApp('/cases');
  await user.type(await screen.findByRole('textbox', { name: 'Code anonyme du dossier' }), code);
  await user.click(screen.getByRole('checkbox', { name: /Elle accepte que ce dossier soit gardé/ }));
  await user.click(screen.getByRole('button', { name: 'Créer le dossier' }));
  await screen.findByRole('heading', { level: 1, name: `Dossier ${code}` });
  return view;
}

const SERVICE = {
  organizationId: '11111111-1111-4111-8111-111111111111',
  name: { fr: 'Maison Passage (démonstration)' },
  description: { fr: "Hébergement et services externes pour femmes." },
  status: 'active',
  sector: 'violence',
  serviceTypes: ['emergency-shelter'],
  phones: [{ number: '8195550142', type: 'voice', languages: ['fr'] }],
  isAlwaysOpen: true,
  languagesSpoken: ['fr', 'en'],
  isWheelchairAccessible: true,
  acceptsChildren: true,
  acceptsPets: false,
  isStatusRequired: false,
  isFree: true,
  remote: { phone: true, video: false, text: false },
  regionsServed: ['08'],
  isProvinceWide: false,
  verification: { isVerified: false, source: 'démonstration' },
  demo: true,
};

describe('referral cases', () => {
  it('starts a case from scratch under an anonymous code, with no name field anywhere', async () => {
    const user = userEvent.setup();
    await createFromScratch(user, 'VDO-17');
    expect(screen.queryByRole('textbox', { name: /nom|name/i })).not.toBeInTheDocument();
    const [row] = await db.cases.toArray();
    expect(row?.payload).toMatchObject({ state: 'open', data: { code: 'VDO-17', consent: { storage: true } } });
  });

  it('explains why no case can be created when cases are turned off on this device', async () => {
    await updateSettings({ areCasesAllowed: false });
    renderApp('/cases');
    expect(await screen.findByText(/Les dossiers sont désactivés sur cet appareil/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Créer le dossier' })).not.toBeInTheDocument();
  });

  it('records consent, interpreter approval, a receiving resource, coordination and a follow-up that shows in My follow-ups', async () => {
    await db.service.put({ id: '22222222-2222-4222-8222-222222222222', version: 1, data: SERVICE });
    const user = userEvent.setup();
    const view = await createFromScratch(user, 'VDO-18');
    await user.click(screen.getByRole('checkbox', { name: /d'être référée à une ressource/ }));
    await user.click(screen.getByRole('radio', { name: 'De vive voix' }));
    await user.click(screen.getByRole('checkbox', { name: 'Une interprète est nécessaire' }));
    await user.click(within(screen.getByRole('group', { name: "Elle a approuvé l'interprète" })).getByRole('radio', { name: 'Oui' }));
    await user.type(screen.getByRole('searchbox', { name: /Chercher dans le répertoire/ }), 'maison passage');
    expect(screen.getByText('Données de démonstration')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choisir : Maison Passage (démonstration)' }));
    expect(screen.getByRole('link', { name: '8195550142' })).toHaveAttribute('href', 'tel:8195550142');
    await user.click(screen.getByRole('radio', { name: 'Les deux, ensemble' }));
    await user.type(screen.getByRole('textbox', { name: /rester en contact avec elle/ }), 'Mardi 10 h, au bureau');
    await user.type(screen.getByLabelText('Date du suivi'), '2099-01-15');
    await user.type(screen.getByRole('textbox', { name: /Note courte/ }), 'Appeler la maison');
    await user.click(screen.getByRole('button', { name: 'Ajouter le suivi' }));

    await expect
      .poll(async () => (await db.cases.toArray())[0]?.payload)
      .toMatchObject({
        data: {
          consent: { referral: true, how: 'verbal' },
          interpreter: { isNeeded: true, isApprovedByHer: true },
          receiving: { serviceId: '22222222-2222-4222-8222-222222222222', phone: '8195550142' },
          coordination: { coordinator: 'shared', contactPlan: 'Mardi 10 h, au bureau' },
          followUps: [{ date: '2099-01-15', note: 'Appeler la maison', isDone: false }],
        },
      });

    view.unmount();
    renderApp('/follow-ups');
    expect(await screen.findByRole('link', { name: 'Dossier VDO-18' })).toBeInTheDocument();
    expect(screen.getByText('Appeler la maison')).toBeInTheDocument();
  });

  it('lists follow-ups across cases, soonest first', async () => {
    const first = await createCase({ code: 'B-2', followUps: [{ id: 'f1', date: '2099-03-01', note: '', isDone: false }] });
    await createCase({ code: 'A-1', followUps: [{ id: 'f2', date: '2099-02-01', note: 'Audience', isDone: false }, { id: 'f3', date: '2099-01-01', note: '', isDone: true }] });
    renderApp('/follow-ups');
    const upcoming = await screen.findByRole('heading', { level: 2, name: 'À venir' });
    const links = within(upcoming.closest('section') ?? document.body).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Dossier A-1', 'Dossier B-2']);
    expect(links[1]).toHaveAttribute('href', `/cases/${first}`);
  });

  it('locks a case with a passphrase; a wrong passphrase changes nothing; the right one opens it', async () => {
    const user = userEvent.setup();
    await createFromScratch(user, 'LOCK-1');
    await user.type(screen.getByLabelText('Phrase de passe'), 'trois mots secrets');
    await user.type(screen.getByLabelText('La même phrase, encore une fois'), 'trois mots secrets');
    await user.click(screen.getByRole('button', { name: 'Verrouiller le dossier' }));
    expect(await screen.findByRole('button', { name: 'Verrouiller maintenant' }, { timeout: 5000 })).toBeInTheDocument();
    const lockedRow = (await db.cases.toArray())[0];
    expect(JSON.stringify(lockedRow)).not.toContain('LOCK-1');

    await user.click(screen.getByRole('button', { name: 'Verrouiller maintenant' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier verrouillé' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Phrase de passe du dossier'), 'pas la bonne phrase');
    await user.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    expect(await screen.findByText(/Phrase de passe incorrecte. Rien n'a été modifié ni supprimé/, {}, { timeout: 5000 })).toHaveAttribute('role', 'alert');
    expect((await db.cases.toArray())[0]).toEqual(lockedRow);

    await user.clear(screen.getByLabelText('Phrase de passe du dossier'));
    await user.type(screen.getByLabelText('Phrase de passe du dossier'), 'trois mots secrets');
    await user.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier LOCK-1' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('warns before a case expires and keeps it for another period on request', async () => {
    const id = await createCase({ code: 'EXP-1' });
    await db.cases.update(id, { expiresAt: new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString() });
    const user = userEvent.setup();
    renderApp(`/cases/${id}`);
    expect(await screen.findByText(/Attention : ce dossier sera supprimé le .*, dans 4 jours/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Le garder 90 jours de plus' }));
    await expect.poll(async () => (await db.cases.get(id))?.expiresAt).toMatch(/^\d{4}/);
    expect(Date.parse((await db.cases.get(id))?.expiresAt ?? '') - Date.now()).toBeGreaterThan(89 * 24 * 3600 * 1000);
  });

  it('prints a summary that holds only the ticked fields', async () => {
    const id = await createCase({ code: 'SUM-1', notes: 'Note très privée', language: 'ar' });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp(`/cases/${id}?view=summary`);
    const preview = await screen.findByRole('article', { name: 'Résumé de référence' });
    expect(preview).toHaveTextContent('Aucun champ coché.');
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Code du dossier' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sa langue' }));
    expect(preview).toHaveTextContent('SUM-1');
    expect(preview).toHaveTextContent('العربية');
    expect(preview).not.toHaveTextContent('Note très privée');
    await user.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});

describe('a case started under guide version 1', () => {
  it('still opens, as answered, after version 2 of the guide syncs', async () => {
    await seedGuidesPack();
    const user = userEvent.setup();
    renderApp('/screening');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Sa région' }), '08');
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    await passScreeningGates(user);
    await user.click(within(screen.getByRole('group', { name: /lui fait-il peur/ })).getByRole('radio', { name: 'Oui' }));
    await user.click(screen.getByRole('button', { name: 'Aller tout de suite au résultat' }));
    await user.type(screen.getByRole('textbox', { name: 'Code anonyme du dossier' }), 'V1-CASE');
    await user.click(screen.getByRole('checkbox', { name: /Elle accepte que ce dossier soit gardé/ }));
    await user.click(screen.getByRole('button', { name: 'Créer le dossier' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier V1-CASE' })).toBeInTheDocument();

    // Version 2 of the guide arrives: the question about fear is gone.
    const row = await db.guide.get(SCREENING_IDS.guide);
    const v2 = structuredClone(row?.data) as { revision: number; sections: { steps: { items: { id: string }[] }[] }[] };
    v2.revision = 2;
    for (const section of v2.sections) for (const step of section.steps) step.items = step.items.filter((item) => item.id !== 'afraid-of-someone');
    await db.guide.put({ id: SCREENING_IDS.guide, version: 2, data: v2 });

    expect(await screen.findByText(/Une version plus récente \(version 2\)/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Signes de violence : proposer une ressource spécialisée' })).toBeInTheDocument();
    expect(screen.getByText("Peur d'une personne de son foyer ou de sa famille")).toBeInTheDocument();
    expect(screen.getByText("Quelqu'un chez elle ou dans sa famille lui fait-il peur ?")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Voir ces services dans le répertoire/ })).toHaveAttribute(
      'href',
      '/directory?region=08&lang=fr&type=emergency-shelter&type=help-line',
    );
  });
});
