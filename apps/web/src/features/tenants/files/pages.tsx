import type { PageDef } from '../../../app/routes';

/** The files pages (menu group 'tenants'). */
export const filesPages: PageDef[] = [];
