import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import InfoPage from '../../../src/features/prevention/components/info-page.tsx';
import { db } from '../../../src/lib/db.ts';
import { renderWithI18n, seedArticles, startI18n } from './render.tsx';

beforeEach(async () => {
  await startI18n('fr');
  await db.article.clear();
  await db.settings.clear();
});

describe('the information page', () => {
  it('shows the lines to call even before any article reached the device', async () => {
    renderWithI18n(<InfoPage />);
    const help = await screen.findByRole('region', { name: /^Besoin d'aide maintenant/  });
    expect(within(help).getByRole('link', { name: /Urgence\s*911/ })).toHaveAttribute('href', 'tel:911');
    expect(within(help).getByRole('link', { name: /Info-aide violence sexuelle\s*1 888 933-9007/ })).toHaveAttribute('href', 'tel:+18889339007');
    expect(within(help).getByRole('link', { name: /Info-Social\s*811/ })).toHaveAttribute('href', 'tel:811');
    expect(within(help).getByText(/Choisissez ensuite l'option 2/)).toBeInTheDocument();
    expect(await screen.findByText(/Les articles ne sont pas encore sur cet appareil/)).toBeInTheDocument();
  });

  it('lists the articles in reading order, each linking to its neutral address', async () => {
    await seedArticles();
    renderWithI18n(<InfoPage />);
    const first = await screen.findByRole('link', { name: /^Ce qui peut se passer dans un couple/ });
    const list = first.closest('ul');
    if (!list) throw new Error('the articles are not in a list');
    expect(screen.getByRole('heading', { level: 2, name: 'À lire' }).nextElementSibling).toBe(list);
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/info/relationships',
      '/info/rights',
      '/info/support',
      '/info/planning',
      '/info/consent',
      '/info/marriage',
      '/info/children',
      '/info/housing',
    ]);
    expect(links[0]).toHaveAccessibleName(/^Ce qui peut se passer dans un couple/);
  });

  it('lists the articles in Arabic for an Arabic reader', async () => {
    await seedArticles();
    await startI18n('ar');
    renderWithI18n(<InfoPage />);
    expect(await screen.findByRole('link', { name: /^الزواج اختياركِ/ })).toHaveAttribute('href', '/info/marriage');
  });
});
