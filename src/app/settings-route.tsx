import SettingsPage from '../features/settings/components/settings-page.tsx';
import { SyncSettingsSection } from '../features/sync-status/components/sync-settings-section.tsx';

/** `/settings`: the settings page with the sections other features contribute (features never import each other). */
export default function SettingsRoute() {
  return (
    <SettingsPage>
      <SyncSettingsSection />
    </SettingsPage>
  );
}
