/**
 * `/settings`: the settings page with the sections other features own. A feature never
 * imports another, so the app composes them here. Add a feature's section as one line.
 */
import { SafetySettingsSection } from '../features/prevention/components/safety-settings-section.tsx';
import SettingsPage from '../features/settings/components/settings-page.tsx';
import { DeviceSetupSection } from '../features/tablet/components/device-setup-section.tsx';
import { SyncSettingsSection } from '../features/sync-status/components/sync-settings-section.tsx';
import { TabletSection } from '../features/tablet/components/tablet-section.tsx';
import { LanguageSection } from './language-section.tsx';

export default function SettingsScreen() {
  return (
    <SettingsPage language={<LanguageSection />}>
      <SafetySettingsSection />
      <DeviceSetupSection />
      <TabletSection />
      <SyncSettingsSection />
    </SettingsPage>
  );
}
