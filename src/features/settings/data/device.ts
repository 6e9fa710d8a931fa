/** The settings feature's door to device-wide state: erasing everything, and whether tablet mode holds the device. */
export { eraseDevice, type EraseResult } from '../../../lib/device-erase.ts';
export { useTabletState } from '../../../lib/tablet.ts';
