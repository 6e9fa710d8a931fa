import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDemoDirectory, helpLinesPack } from '../../../src/content/directory/index.ts';
import { DirectoryIndex, resetDirectoryIndex } from '../../../src/features/directory/data/directory-index.ts';
import { db, type SearchIndexRow } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { fromNeutralSearch } from '../../../src/lib/neutral-query.ts';
import { updateSettings } from '../../../src/lib/settings.ts';
import type { ServiceData } from '../../../src/shared/kinds/directory.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { clearDirectoryTables, seedPacks } from './seed.ts';

const pack = generateDemoDirectory({ services: 80 });
const serviceCount = pack.records.filter((record) => record.kind === 'service').length + 9;

beforeAll(async () => {
  await initI18n('fr');
});

/** The index and its French first page, saved as a previous visit would have left them. */
async function saveIndexWithPreview(): Promise<void> {
  const saving = new DirectoryIndex();
  saving.previewLanguage = 'fr';
  await saving.catchUp();
  await saving.save();
  saving.close();
}

beforeEach(async () => {
  resetDirectoryIndex();
  await i18next.changeLanguage('fr');
  await db.settings.clear();
  await clearDirectoryTables();
  await seedPacks([pack, helpLinesPack()]);
});

describe('the directory list', () => {
  it('has a searchbox named Rechercher, announces the count and shows the demo banner', async () => {
    renderApp('/directory');
    expect(await screen.findByRole('heading', { level: 1, name: 'Répertoire des ressources' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(`${serviceCount} ressources`)).toBeInTheDocument(), { timeout: 3000 });
    expect(screen.getByText(`${serviceCount} ressources`)).toHaveAttribute('role', 'status');
    expect(screen.getByText('Données de démonstration')).toBeInTheDocument();
  });

  it('puts what arrives with the results below the count, so that nothing above it moves when they load', async () => {
    renderApp('/directory');
    const count = await screen.findByText(`${serviceCount} ressources`, undefined, { timeout: 3000 });
    const banner = screen.getByRole('note');
    expect(within(banner).getByText('Données de démonstration')).toBeInTheDocument();
    // The count is on screen while the index loads; the banner only once demo results show.
    expect(count.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the first page saved with the index at once, then the index once it is decoded and caught up', async () => {
    await saveIndexWithPreview();
    // Mark the saved first page, to tell it apart from what the index itself shows.
    const row = (await db.searchIndex.get('directory:preview')) as unknown as { value: { entries: { name: Record<string, string> }[] } };
    const first = row.value.entries[0];
    if (!first) throw new Error('the preview has no entries');
    first.name = { fr: 'Aperçu seulement' };
    await db.searchIndex.put(row as unknown as SearchIndexRow);
    resetDirectoryIndex();

    renderApp('/directory');
    expect(await screen.findByRole('link', { name: 'Aperçu seulement' }, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText(`${serviceCount} ressources`)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Aperçu seulement' })).toBeNull(), { timeout: 3000 });
    expect(screen.getByText(`${serviceCount} ressources`)).toBeInTheDocument();
  });

  it('still searches the saved index when catching up with the tables fails', async () => {
    await saveIndexWithPreview();
    resetDirectoryIndex();
    // The catch-up reads the tables in a transaction: make those fail, as a broken database would.
    const transaction = vi.spyOn(db, 'transaction').mockRejectedValue(new Error('the tables cannot be read'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const user = userEvent.setup();
      renderApp('/directory');
      const box = await screen.findByRole('searchbox', { name: 'Rechercher' });
      await waitFor(() => expect(transaction).toHaveBeenCalled(), { timeout: 3000 });
      await user.type(box, 'sos violence conj');
      expect(await screen.findByRole('link', { name: 'SOS violence conjugale' }, { timeout: 3000 })).toBeInTheDocument();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('narrows the results as you type and keeps the query in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/directory');
    const box = await screen.findByRole('searchbox', { name: 'Rechercher' });
    await screen.findByText(`${serviceCount} ressources`, undefined, { timeout: 3000 });
    await user.type(box, 'sos violence conj');
    expect(await screen.findByRole('link', { name: 'SOS violence conjugale' })).toBeInTheDocument();
    // Written to the URL once typing pauses.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('sos violence conj'));
    await waitFor(() => expect(screen.getByText('1 ressource')).toHaveAttribute('role', 'status'), { timeout: 3000 });
    // Only a real help line left on screen: no demo banner over it.
    expect(screen.queryByText('Données de démonstration')).toBeNull();
  });

  it('finds accented words typed without accents, in any language of the record', async () => {
    const user = userEvent.setup();
    renderApp('/directory');
    const box = await screen.findByRole('searchbox', { name: 'Rechercher' });
    await user.type(box, 'hebergement d urgence');
    const results = await screen.findByRole('region', { name: 'Résultats' });
    expect(within(results).getAllByRole('link', { name: /Hébergement d’urgence/ }).length).toBeGreaterThan(0);
    await user.clear(box);
    await user.type(box, '紧急庇护所');
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Résultats' })).getAllByRole('link', { name: /Hébergement d’urgence/ }).length).toBeGreaterThan(0));
  });

  it('opens a shared link with its filters, and never shows an empty page for a region without shelters', async () => {
    renderApp('/directory?region=10&type=emergency-shelter');
    expect(await screen.findByText('Aucune ressource qui correspond dans la région Nord-du-Québec.', undefined, { timeout: 3000 })).toBeInTheDocument();
    const nearest = screen.getByRole('region', { name: 'Les plus proches dans d’autres régions' });
    const cards = within(nearest).getAllByRole('article');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(within(card).getByText('Hébergement d’urgence')).toBeInTheDocument();
    expect(within(nearest).getAllByText(/^À environ \d+ km$/).length).toBe(cards.length);
    expect(screen.getByRole('combobox', { name: 'Région' })).toHaveValue('10');
    expect(screen.getByText('Filtres (2 actifs)')).toBeInTheDocument();
  });

  it('puts a checked filter in the URL and clears them all', async () => {
    const user = userEvent.setup();
    renderApp('/directory');
    await user.click(await screen.findByText('Filtres'));
    await user.click(screen.getByRole('checkbox', { name: 'Aucun statut d’immigration exigé' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ligne d’aide' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue parlée ou avec interprète' }), 'ar');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('nostatus')).toBe('1');
    expect(params.getAll('type')).toEqual(['help-line']);
    expect(params.get('lang')).toBe('ar');
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(window.location.search).toBe('');
  });

  it('in discreet mode, keeps the words of a search out of the address bar and still applies it (SAFETY.md rule 7)', async () => {
    const user = userEvent.setup();
    await updateSettings({ isDiscreet: true });
    renderApp('/directory?region=10&type=emergency-shelter');
    expect(await screen.findByText('Aucune ressource qui correspond dans la région Nord-du-Québec.', undefined, { timeout: 3000 })).toBeInTheDocument();
    // The link as it came in is rewritten in place.
    await waitFor(() => expect(window.location.search).toMatch(/^\?v=[\w-]+$/));
    expect(screen.getByText('Filtres (2 actifs)')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'maison');
    // Open already: a search that comes with filters shows them.
    await user.click(screen.getByRole('checkbox', { name: 'Aucun statut d’immigration exigé' }));
    await waitFor(() => expect(screen.getByText('Filtres (3 actifs)')).toBeInTheDocument());
    expect(window.location.search).toMatch(/^\?v=[\w-]+$/);
    expect(decodeURIComponent(window.location.href)).not.toMatch(/shelter|maison|nostatus|type|region/);
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toHaveValue('maison');
    // Still the whole search, so that it survives a reload.
    const kept = fromNeutralSearch(new URLSearchParams(window.location.search));
    expect([kept.get('q'), kept.get('region'), kept.getAll('type'), kept.get('nostatus')]).toEqual(['maison', '10', ['emergency-shelter'], '1']);
    // The settings hook starts from the last settings read: leave the next test readable URLs.
    await updateSettings({ isDiscreet: false });
  });

  it('uses the position only when asked, picks the nearest region and sorts by distance', async () => {
    const user = userEvent.setup();
    const calls: number[] = [];
    // The browser's geolocation, answering for a place near Rouyn-Noranda.
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (success: PositionCallback) => {
          calls.push(Date.now());
          success({ coords: { latitude: 48.24, longitude: -79.02 } } as GeolocationPosition);
        },
      },
    });
    try {
      renderApp('/directory');
      await user.click(await screen.findByText('Filtres'));
      expect(calls).toHaveLength(0);
      await user.click(screen.getByRole('button', { name: 'Utiliser ma position' }));
      expect(calls).toHaveLength(1);
      expect(await screen.findByText('Tri par distance depuis votre position. Région la plus proche : Abitibi-Témiscamingue.')).toBeInTheDocument();
      await waitFor(() => expect(new URLSearchParams(window.location.search).get('region')).toBe('08'));
      expect(window.location.search).not.toMatch(/48\.|79\./);
      expect(JSON.stringify(await db.settings.toArray())).not.toMatch(/48\.24|79\.02/);
      await user.click(screen.getByRole('button', { name: 'Oublier ma position' }));
      expect(await screen.findByRole('button', { name: 'Utiliser ma position' })).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'geolocation');
    }
  });

  it('never shows nor indexes the city or street of a confidential place, even when a bad record carries them', async () => {
    const shelter = pack.records.find((record) => record.kind === 'service' && (record.data as ServiceData).serviceTypes.includes('emergency-shelter'));
    const service = shelter?.data as ServiceData;
    await db.location.put({
      id: service.locationIds[0] ?? '',
      version: 10_000,
      data: { organizationId: service.organizationId, region: '06', addressVisibility: 'confidential', city: 'Villesecrète', address: { address1: '12, rue Cachée', postalCode: 'H2X 1Y4' }, demo: true },
    });
    renderApp('/directory?q=villesecrete');
    expect(await screen.findByText('0 ressource', undefined, { timeout: 3000 })).toHaveAttribute('role', 'status');
    window.history.replaceState(null, '', '/directory?type=emergency-shelter');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await screen.findAllByRole('article', undefined, { timeout: 3000 });
    expect(screen.queryByText(/Villesecrète/)).toBeNull();
    expect(screen.queryByText(/rue Cachée/)).toBeNull();
  });
});

