import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ABSENT_LANGUAGES, generateDemoDirectory, helpLinesPack, stableUuid } from '../../../src/content/directory/index.ts';
import { resetDirectoryIndex } from '../../../src/features/directory/data/directory-index.ts';
import { isolate } from '../../../src/features/directory/format.ts';
import { db } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import type { LocationData, ServiceData } from '../../../src/shared/kinds/directory.ts';
import { makeOrganization, makeService } from './fixtures.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { clearDirectoryTables, seedPacks } from './seed.ts';

const pack = generateDemoDirectory({ services: 80 });
const services = pack.records.filter((record) => record.kind === 'service');
const locations = new Map(pack.records.filter((record) => record.kind === 'location').map((record) => [record.id, record.data as LocationData]));
const withVisibility = (visibility: LocationData['addressVisibility']) =>
  services.find((record) => {
    const service = record.data as ServiceData;
    return service.locationIds.length > 0 && locations.get(service.locationIds[0] ?? '')?.addressVisibility === visibility;
  });

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(async () => {
  resetDirectoryIndex();
  await i18next.changeLanguage('fr');
  await clearDirectoryTables();
  await seedPacks([pack, helpLinesPack()]);
});

describe('a service’s sheet', () => {
  it('shows a shelter with its region and phone, and no address, city or map link', async () => {
    const record = services.find((candidate) => (candidate.data as ServiceData).serviceTypes.includes('emergency-shelter'));
    const service = record?.data as ServiceData;
    renderApp(`/directory/${record?.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: service.name.fr })).toBeInTheDocument();
    expect(screen.getByText('Données de démonstration')).toBeInTheDocument();
    expect(screen.getByText('Adresse confidentielle. Appelez pour savoir comment être accueillie.')).toBeInTheDocument();
    const places = screen.getByRole('region', { name: 'Lieu' });
    expect(within(places).queryByRole('link')).toBeNull();
    expect(places.querySelector('address')).toBeNull();
    const call = screen.getAllByRole('link', { name: /^Appeler le / })[0];
    expect(call).toHaveAttribute('href', `tel:+1${service.phones[0]?.number}`);
  });

  it('offers no text link for a number that only takes calls', async () => {
    const record = services.find((candidate) => {
      const data = candidate.data as ServiceData;
      return data.phones.length > 0 && data.phones.every((phone) => phone.type === 'voice');
    });
    renderApp(`/directory/${record?.id}`);
    expect((await screen.findAllByRole('link', { name: /^Appeler le / })).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: /^Texto au / })).toBeNull();
    expect(document.querySelector('a[href^="sms:"]')).toBeNull();
  });

  it('never renders the address of a confidential place even if the device holds one', async () => {
    const record = services.find((candidate) => (candidate.data as ServiceData).serviceTypes.includes('emergency-shelter'));
    const service = record?.data as ServiceData;
    await db.location.put({
      id: service.locationIds[0] ?? '',
      version: 99_999,
      data: { organizationId: service.organizationId, region: '06', addressVisibility: 'confidential', city: 'Villesecrète', address: { address1: '12, rue Cachée', postalCode: 'H2X 1Y4' }, latitude: 45.5, longitude: -73.6, demo: true },
    });
    renderApp(`/directory/${record?.id}`);
    await screen.findByRole('heading', { level: 1, name: service.name.fr });
    expect(document.body.textContent).not.toMatch(/Villesecrète|rue Cachée|H2X 1Y4/);
    expect(document.querySelector('a[href^="geo:"]')).toBeNull();
  });

  it('shows a public office’s full address and a geo: link that loads nothing', async () => {
    const record = withVisibility('public');
    const service = record?.data as ServiceData;
    const place = locations.get(service.locationIds[0] ?? '');
    renderApp(`/directory/${record?.id}`);
    await screen.findByRole('heading', { level: 1, name: service.name.fr });
    expect(screen.getByText(new RegExp(place?.address?.address1 ?? 'none'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir dans une application de cartes' })).toHaveAttribute('href', `geo:${place?.latitude},${place?.longitude}`);
    expect(document.querySelector('iframe, img')).toBeNull();
  });

  it('shows only the city of a city-only place', async () => {
    const record = withVisibility('city');
    const service = record?.data as ServiceData;
    const place = locations.get(service.locationIds[0] ?? '');
    renderApp(`/directory/${record?.id}`);
    await screen.findByRole('heading', { level: 1, name: service.name.fr });
    expect(screen.getByText(`Ville : ${place?.city}`)).toBeInTheDocument();
    expect(document.querySelector('address')).toBeNull();
  });

  it('says a help line is not verified and publishes no number for it', async () => {
    renderApp(`/directory/${stableUuid('help-lines:service:rebatir')}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rebâtir — conseils juridiques' })).toBeInTheDocument();
    expect(screen.getByText('Numéro non publié : il n’a pas encore été vérifié.')).toBeInTheDocument();
    expect(screen.getByText('Information non vérifiée : confirmez-la avant de vous y fier.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Appeler/ })).toBeNull();
    expect(screen.queryByText('Données de démonstration')).toBeNull();
  });

  it('keeps phone numbers in their own order inside an Arabic sentence', async () => {
    await i18next.changeLanguage('ar');
    renderApp(`/directory/${stableUuid('help-lines:service:sos-violence-conjugale')}`);
    const call = await screen.findByRole('link', { name: `الاتصال بالرقم ${isolate('1 800 363-9010')}` });
    expect(call).toHaveAttribute('href', 'tel:+18003639010');
  });

  it('shows a verified help line with its date, a 24/7 status and a call link', async () => {
    renderApp(`/directory/${stableUuid('help-lines:service:sos-violence-conjugale')}`);
    expect(await screen.findByRole('link', { name: `Appeler le ${isolate('1 800 363-9010')}` })).toHaveAttribute('href', 'tel:+18003639010');
    expect(screen.getByText('Dernière vérification : 26 novembre 2026')).toBeInTheDocument();
    expect(screen.getAllByText('Ouvert 24 h sur 24, 7 jours sur 7').length).toBeGreaterThan(0);
  });

  it('offers a text link, an email, and a website that opens only when tapped', async () => {
    const id = '22222222-2222-8222-8222-222222222222';
    await db.organization.put({ id: '11111111-1111-8111-8111-111111111111', version: 50_000, data: makeOrganization() });
    await db.service.put({
      id,
      version: 50_001,
      data: makeService({
        name: { fr: 'Service texto' },
        phones: [{ number: '5145550111', type: 'text', languages: [] }],
        email: 'info@exemple.example',
        website: 'https://exemple.example/',
        verification: { isVerified: true, lastVerified: '2024-01-15', source: 'test' },
      }),
    });
    renderApp(`/directory/${id}`);
    expect(await screen.findByRole('link', { name: `Texto au ${isolate('514 555-0111')}` })).toHaveAttribute('href', 'sms:+15145550111');
    expect(screen.getByRole('link', { name: `Courriel : ${isolate('info@exemple.example')}` })).toHaveAttribute('href', 'mailto:info@exemple.example');
    const website = screen.getByRole('link', { name: 'https://exemple.example/' });
    expect(website).toHaveAttribute('target', '_blank');
    expect(website).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Vérifiée il y a plus de 12 mois : appelez pour confirmer avant de vous déplacer.')).toBeInTheDocument();
  });

  it('lists the other services of the same organisation', async () => {
    const byOrganization = new Map<string, string[]>();
    for (const record of services) {
      const organizationId = (record.data as ServiceData).organizationId;
      byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), record.id]);
    }
    const [first, second] = [...byOrganization.values()].find((ids) => ids.length > 1) ?? [];
    const sibling = services.find((record) => record.id === second)?.data as ServiceData;
    renderApp(`/directory/${first}`);
    const section = await screen.findByRole('region', { name: 'Autres services de cet organisme' }, { timeout: 3000 });
    expect(within(section).getByRole('link', { name: sibling.name.fr })).toHaveAttribute('href', `/directory/${second}`);
  });

  it('copies its link when the device cannot share', async () => {
    const user = userEvent.setup();
    const record = services[0];
    renderApp(`/directory/${record?.id}`);
    await user.click(await screen.findByRole('button', { name: 'Partager' }));
    expect(await screen.findByText('Lien copié.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
  });

  it('says so when the service is not on the device', async () => {
    renderApp('/directory/99999999-9999-8999-8999-999999999999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cette ressource n’est pas sur cet appareil.' })).toBeInTheDocument();
  });
});

describe('the interpretation view', () => {
  it('lists, for a language and a region, adapted interpretation, staff who speak it and lines, never empty', async () => {
    // The demo directory has no Persian or Chinese in Nord-du-Québec (DEMO_ABSENT_LANGUAGES).
    const lang = DEMO_ABSENT_LANGUAGES['10']?.find((code) => services.some((record) => (record.data as ServiceData).languagesSpoken.includes(code)));
    expect(lang).toBeDefined();
    renderApp(`/interpretation?lang=${lang}&region=10`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Interprétation par langue' })).toBeInTheDocument();
    const languageLabel = new Intl.DisplayNames(['fr'], { type: 'language' }).of(lang ?? '') ?? '';
    const spoken = await screen.findByRole('region', { name: `Équipes qui parlent ${languageLabel}` }, { timeout: 3000 });
    expect(await within(spoken).findByText('Aucune dans cette région.')).toBeInTheDocument();
    expect(within(spoken).getAllByRole('article').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Interprétation adaptée à la violence' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Lignes avec interprète' })).toBeInTheDocument();
    // Demo organisations are on screen, so the banner is too.
    expect(screen.getByText('Données de démonstration')).toBeInTheDocument();
  });

  it('asks for a language first', async () => {
    renderApp('/interpretation');
    expect(await screen.findByText('Choisissez une langue pour voir les ressources.', undefined, { timeout: 3000 })).toBeInTheDocument();
  });
});

describe('in English', () => {
  it('names the searchbox Search', async () => {
    await i18next.changeLanguage('en');
    renderApp('/directory');
    expect(await screen.findByRole('searchbox', { name: 'Search' }, { timeout: 3000 })).toBeInTheDocument();
  });
});

describe('in Arabic', () => {
  it('names the searchbox بحث and writes right to left', async () => {
    await i18next.changeLanguage('ar');
    renderApp('/directory');
    expect(await screen.findByRole('searchbox', { name: 'بحث' }, { timeout: 3000 })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });
});
