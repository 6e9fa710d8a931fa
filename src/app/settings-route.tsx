import { SafetySettingsSection } from '../features/prevention/components/safety-settings-section.tsx';
import SettingsPage from '../features/settings/components/settings-page.tsx';

/**
 * `/settings`: the settings page with the sections other features contribute. Composed
 * here because a feature never imports another feature.
 */
export default function SettingsRoute() {
  return (
    <SettingsPage>
      <SafetySettingsSection />
    </SettingsPage>
  );
}
