import type { PageDef } from '../../../app/routes';

/** The archive pages (menu group 'tenants'). */
export const archivePages: PageDef[] = [];
