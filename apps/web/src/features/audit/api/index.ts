export { auditKeys, type AuditFilters } from './keys';
export { auditLogQuery, recordHistoryQuery } from './listAuditEvents';
