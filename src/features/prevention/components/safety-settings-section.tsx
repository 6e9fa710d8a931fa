import { Suspense } from 'react';
import { SafetySettingsFields } from './safety-settings-fields.tsx';

/**
 * The women's-side section of the settings page, composed there by the app (a feature
 * never imports another). Its own Suspense boundary: the rest of the settings page does
 * not wait for this feature's catalog.
 */
export function SafetySettingsSection() {
  return (
    <Suspense fallback={null}>
      <SafetySettingsFields />
    </Suspense>
  );
}
