/**
 * Pull cursors: opaque to devices, unforgeable, and carrying what the server needs to
 * answer the next pull — the version the device has everything up to, and the tombstone
 * horizon its copy is consistent with (so that a device that started from scratch after
 * a compaction is not told to start over again). Signed with HMAC-SHA-256 under a key
 * kept in the database, so that a made-up or altered cursor is a 400, not a guess.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface CursorPosition {
  /** The device has every change up to and including this version. */
  version: number;
  /** The tombstone horizon when the device's copy was last known to be complete. */
  horizon: number;
}

const FORMAT = 1;
const MAC_BYTES = 16;
const SHAPE = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{22})$/;
const PAYLOAD = /^1:(\d{1,15}):(\d{1,15})$/;

export class CursorCodec {
  constructor(private readonly key: string) {}

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, MAC_BYTES);
  }

  encode(position: CursorPosition): string {
    const payload = `${FORMAT}:${position.version}:${position.horizon}`;
    return `${Buffer.from(payload).toString('base64url')}.${this.mac(payload).toString('base64url')}`;
  }

  /** The position a cursor stands for, or null when this server did not issue it. */
  decode(cursor: string): CursorPosition | null {
    const shape = SHAPE.exec(cursor);
    if (!shape?.[1] || !shape[2]) return null;
    const payload = Buffer.from(shape[1], 'base64url').toString('utf8');
    const given = Buffer.from(shape[2], 'base64url');
    const expected = this.mac(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const fields = PAYLOAD.exec(payload);
    if (!fields?.[1] || !fields[2]) return null;
    return { version: Number(fields[1]), horizon: Number(fields[2]) };
  }
}
