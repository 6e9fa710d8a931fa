import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCREENING_IDS } from '../../../src/content/screening/ids.ts';
import { createCase } from '../../../src/lib/cases/case-store.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { clearDevice, seedGuidesPack } from '../screening/seed.ts';

// The first render of a file loads lazy route chunks and catalogs: give it time on a slow machine.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(async () => {
  await i18next.changeLanguage('fr');
  await clearDevice();
});

describe('the trajectory', () => {
  it('lists the six stages in order, with what each sector does, the three approaches and their checklists', async () => {
    await seedGuidesPack();
    renderApp('/trajectory');
    const stages = await screen.findByRole('list', { name: 'Étapes de la trajectoire' });
    const items = within(stages).getAllByRole('listitem').filter((item) => item.parentElement === stages);
    expect(items.map((item) => within(item).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Prévention',
      'Repérage',
      'Référence',
      'Intervention adaptée',
      'Hébergement ou services externes',
      'Suivi post-hébergement',
    ]);
    for (const item of items) {
      expect(within(item).getByRole('heading', { name: 'Les trois approches à cette étape' })).toBeInTheDocument();
      expect(within(item).getByText('Approche interculturelle')).toBeInTheDocument();
      expect(within(item).getByText('Approche intersectionnelle')).toBeInTheDocument();
      expect(within(item).getAllByRole('link', { name: /^Liste : / }).length).toBeGreaterThan(0);
    }
    const referral = items[2];
    if (!referral) throw new Error('no referral stage');
    expect(within(referral).getByRole('heading', { name: "Secteur de l'immigration" })).toBeInTheDocument();
    expect(within(referral).getByRole('heading', { name: 'Secteur de la violence faite aux femmes' })).toBeInTheDocument();
    expect(within(referral).getByRole('link', { name: /Liste : Référence/ })).toHaveAttribute(
      'href',
      `/checklists/${SCREENING_IDS.checklists.referral}`,
    );
    expect(within(items[4] ?? referral).getAllByRole('link', { name: /^Liste : / }).map((link) => link.textContent)).toEqual([
      'Liste : Hébergement',
      'Liste : Services externes',
    ]);
  });

  it('adds a published regional protocol, marked as demonstration data when it is one', async () => {
    await seedGuidesPack();
    const user = userEvent.setup();
    renderApp('/trajectory');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Protocole régional' }), '08');
    expect(screen.getByText('Données de démonstration')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Exemple de protocole régional (démonstration)' })).toBeInTheDocument();
    expect(screen.getAllByText(/prévoir le transport ou les services à distance/)).toHaveLength(1);
    expect(window.location.search).toBe('?region=08');
  });

  it('says the trajectory will arrive with the next sync when nothing is on the device', async () => {
    renderApp('/trajectory');
    expect(await screen.findByText(/pas encore sur cet appareil/)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(6);
  });
});

describe('a checklist', () => {
  it('shows the stage approaches and counts the ticked items, without saving them', async () => {
    await seedGuidesPack();
    const user = userEvent.setup();
    renderApp(`/checklists/${SCREENING_IDS.checklists.shelter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hébergement' })).toBeInTheDocument();
    expect(document.title).toBe('Liste de vérification — Passerelle');
    expect(await screen.findByText('Approche intersectionnelle')).toBeInTheDocument();
    expect(screen.getByText('0 sur 10 faits')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Revoir le plan de sécurité/ }));
    expect(screen.getByText('1 sur 10 faits')).toBeInTheDocument();
    expect(screen.getByText(/ne sont pas enregistrées/)).toBeInTheDocument();
  });

  it('keeps the checklist and its ticks in a case when the intervenor adds it to one', async () => {
    await seedGuidesPack();
    const id = await createCase({ code: 'CHK-1' });
    const user = userEvent.setup();
    renderApp(`/checklists/${SCREENING_IDS.checklists.referral}`);
    await user.click(await screen.findByRole('checkbox', { name: /Elle accepte d'être référée/ }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Garder cette liste dans un dossier' }), id);
    await user.click(screen.getByRole('button', { name: 'Ajouter au dossier' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier CHK-1' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Elle accepte d'être référée/ })).toBeChecked();
    expect(screen.getByText(/1 sur 13 faits/)).toBeInTheDocument();
  });

  it('explains when the checklist is not on the device', async () => {
    renderApp('/checklists/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Liste introuvable' })).toBeInTheDocument();
  });
});
