import type { PageDef } from '../../../app/routes';

/** The applications pages (menu group 'tenants'). */
export const applicationsPages: PageDef[] = [];
