/**
 * One service with its organisation and places, read live from the device. Every record
 * goes through the shared schema again before it is shown: a place that breaks the
 * confidentiality rule (SAFETY.md rule 6) is dropped rather than displayed.
 */
import { db, useLiveQuery } from '../../../lib/db.ts';
import type { LocationData, OrganizationData, ServiceData } from '../../../shared/kinds/directory.ts';
import { validateRecordData } from '../../../shared/record-schemas.ts';

export type ServiceRecord =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'found'; id: string; service: ServiceData; organization: OrganizationData | null; locations: { id: string; data: LocationData }[] };

async function readService(id: string): Promise<ServiceRecord> {
  const row = await db.service.get(id);
  const service = row ? validateRecordData('service', row.data) : null;
  if (!service?.success) return { status: 'missing' };
  const [organizationRow, locationRows] = await Promise.all([
    db.organization.get(service.data.organizationId),
    db.location.bulkGet(service.data.locationIds),
  ]);
  const organization = organizationRow ? validateRecordData('organization', organizationRow.data) : null;
  const locations = locationRows.flatMap((locationRow) => {
    if (!locationRow) return [];
    const parsed = validateRecordData('location', locationRow.data);
    return parsed.success ? [{ id: locationRow.id, data: parsed.data }] : [];
  });
  return { status: 'found', id, service: service.data, organization: organization?.success ? organization.data : null, locations };
}

export function useServiceRecord(id: string): ServiceRecord {
  return useLiveQuery(() => readService(id), [id], { status: 'loading' } as ServiceRecord);
}
