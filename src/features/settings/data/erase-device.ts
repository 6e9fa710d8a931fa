/** The settings feature's door to "erase everything on this device" (src/lib/device-erase.ts). */
export { eraseDevice, type EraseResult } from '../../../lib/device-erase.ts';
export { useTabletState } from '../../../lib/tablet.ts';
