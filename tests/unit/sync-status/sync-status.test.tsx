import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import SyncHeaderStatus from '../../../src/features/sync-status/components/sync-header-status.tsx';
import { SyncSettingsSection } from '../../../src/features/sync-status/components/sync-settings-section.tsx';
import { db } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { SYNC_META_KEY, INITIAL_CHECKPOINT } from '../../../src/lib/sync/checkpoint.ts';
import { registerSyncRunner, setSyncActivity } from '../../../src/lib/sync/status.ts';
import { validateRecordData } from '../../../src/shared/record-schemas.ts';
import { organizationRecord, serviceRecord, uuidFrom } from '../../helpers/directory-records.ts';

let isOnline = true;
let syncRequests = 0;
let unregister = () => {};

beforeAll(async () => {
  await initI18n('fr');
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => isOnline });
});

beforeEach(async () => {
  isOnline = true;
  syncRequests = 0;
  setSyncActivity({ phase: 'idle' });
  unregister = registerSyncRunner(async () => {
    syncRequests += 1;
  });
  await Promise.all([db.meta.clear(), db.organization.clear(), db.service.clear(), db.rejected.clear()]);
});

afterEach(() => unregister());

function renderWithI18n(node: React.ReactNode) {
  return render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={null}>{node}</Suspense>
    </I18nextProvider>,
  );
}

async function storeCheckpoint(lastSuccessAt: string, contentVersion = 42) {
  await db.meta.put({ key: SYNC_META_KEY, value: { ...INITIAL_CHECKPOINT, cursor: 'c', lastSuccessAt, contentVersion } });
}

describe('sync status in the header', () => {
  it('says offline and how old the data on the device is, and announces it', async () => {
    await storeCheckpoint('2026-11-20T15:30:00Z');
    isOnline = false;
    renderWithI18n(<SyncHeaderStatus />);
    const status = await screen.findByRole('status');
    await expect.poll(() => status.textContent).toBe('Hors ligne — données du 20 nov. 2026');
    expect(status).toHaveAttribute('aria-live', 'polite');
  });

  it('shows the time of the last sync today without announcing routine successes', async () => {
    await storeCheckpoint(new Date().toISOString());
    renderWithI18n(<SyncHeaderStatus />);
    const status = await screen.findByRole('status');
    await expect.poll(() => status.textContent).toMatch(/^À jour — synchronisé à \d/);
    expect(status).toHaveAttribute('aria-live', 'off');
  });

  it('shows a progress bar with counts during a first sync', async () => {
    setSyncActivity({ phase: 'syncing', received: 1500, total: 30000, isFirstSync: true });
    renderWithI18n(<SyncHeaderStatus />);
    const bar = await screen.findByRole('progressbar', { name: 'Progression de la première synchronisation' });
    expect(bar).toHaveAttribute('value', '1500');
    expect(bar).toHaveAttribute('max', '30000');
    expect(screen.getByText(/^1\s500 sur 30\s000 fiches$/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Première synchronisation…');
  });

  it('explains a failure and retries on request', async () => {
    await storeCheckpoint('2026-11-20T15:30:00Z');
    setSyncActivity({ phase: 'failed', reason: 'timeout', retryAt: null });
    renderWithI18n(<SyncHeaderStatus />);
    expect(await screen.findByRole('status')).toHaveTextContent('Synchronisation impossible : le serveur ne répond pas.');
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(syncRequests).toBe(1);
  });
});

describe('sync section of the settings', () => {
  it('shows records per kind, refused records, the last sync and the content version', async () => {
    const org = organizationRecord(uuidFrom('a', 0));
    const services = [1, 2].map((index) => serviceRecord(uuidFrom('a', index), org.id));
    const stored = (record: typeof org, version: number) => {
      const result = validateRecordData(record.kind, record.data);
      if (!result.success) throw new Error('invalid fixture');
      return { id: record.id, version, data: result.data };
    };
    await db.organization.put(stored(org, 1));
    await db.service.bulkPut(services.map((service, index) => stored(service, index + 2)));
    await db.rejected.add({ kind: 'service', id: uuidFrom('a', 9), version: 9, reason: 'languagesSpoken: too small', at: '2026-11-26T10:00:00Z' });
    await storeCheckpoint('2026-11-20T15:30:00Z', 1234);

    renderWithI18n(<SyncSettingsSection />);
    const section = await screen.findByRole('region', { name: 'Synchronisation' });
    const table = await within(section).findByRole('table', { name: 'Fiches sur cet appareil' });
    expect(within(table).getByRole('row', { name: 'Organismes 1' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Services 2' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Lieux 0' })).toBeInTheDocument();
    expect(section).toHaveTextContent('1 fiche refusée');
    expect(section).toHaveTextContent('Dernière synchronisation : 20 nov. 2026');
    expect(section).toHaveTextContent(/Version du contenu : 1\s234/);
  });

  it('syncs now on request and says when it is done', async () => {
    renderWithI18n(<SyncSettingsSection />);
    expect(await screen.findByText("Cet appareil n'a pas encore été synchronisé.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Synchroniser maintenant' }));
    expect(syncRequests).toBe(1);
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Synchronisation terminée.');
  });
});
