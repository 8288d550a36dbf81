/** The JSON shapes of a tenant company's file and its line in the tenant list (fields picked by name). */
import type { TenantFile, TenantSummary } from '@hy/contracts';
import { can, type Actor } from '../../../lib/context.ts';
import type { OrgRow, TenantFileRow, UnitRef } from './files.repository.ts';

export function presentSummary(org: OrgRow, file: TenantFileRow | null, units: UnitRef[]): TenantSummary {
  const first = file?.contacts[0] ?? null;
  return {
    organizationId: org.id,
    propertyId: org.propertyId,
    name: org.name,
    shortName: org.shortName,
    nameEn: file?.nameEn ?? null,
    hasFile: !!file,
    status: file?.status ?? 'occupied',
    units: units.map((u) => ({ id: u.id, code: u.code, building: u.building, floor: u.floor })),
    areaSqm: file?.areaSqm != null ? Number(file.areaSqm) : null,
    staffCount: file?.staffCount ?? null,
    moveInDate: file?.moveInDate ?? null,
    contact: first
      ? {
          nameZh: first.nameZh,
          nameEn: first.nameEn ?? null,
          title: first.title ?? null,
          phone: first.phone ?? null,
          email: first.email ?? null,
        }
      : org.contactName
        ? { nameZh: org.contactName, nameEn: null, title: null, phone: org.contactPhone, email: null }
        : null,
    emergencyName: file?.emergencyName ?? null,
    emergencyPhone: file?.emergencyPhone ?? null,
    updatedAt: file?.updatedAt.toISOString() ?? null,
  };
}

export function presentFile(actor: Actor, org: OrgRow, file: TenantFileRow | null, units: UnitRef[]): TenantFile {
  return {
    ...presentSummary(org, file, units),
    leaders: (file?.leaders ?? []).map((l) => ({ name: l.name, title: l.title, phone: l.phone ?? null })),
    contacts: (file?.contacts ?? []).map((c) => ({
      nameZh: c.nameZh,
      nameEn: c.nameEn ?? null,
      title: c.title ?? null,
      phone: c.phone ?? null,
      email: c.email ?? null,
    })),
    notes: file?.notes ?? null,
    version: file?.version ?? 0,
    policies: {
      edit: can(actor, org.propertyId, 'tenants.manage'),
      applications: can(actor, org.propertyId, 'tenants.read') || can(actor, org.propertyId, 'tenants.applications.own'),
      visits: can(actor, org.propertyId, 'tenants.visits'),
    },
  };
}
