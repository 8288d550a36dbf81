import type { PageDef } from '../../../app/routes';

/** The visits pages (menu group 'tenants'). */
export const visitsPages: PageDef[] = [];
