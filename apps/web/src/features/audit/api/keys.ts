/** Query keys of the audit log: the log page's filtered lists and one record's history, all under `all`. */
export interface AuditFilters {
  entityType?: string;
  entityId?: string;
}

const all = ['audit'] as const;
export const auditKeys = {
  all,
  logs: () => [...all, 'log'] as const,
  log: (propertyId: string | null, filters: AuditFilters) => [...all, 'log', propertyId, filters] as const,
  history: (entityType: string, entityId: string) => [...all, 'history', entityType, entityId] as const,
};
