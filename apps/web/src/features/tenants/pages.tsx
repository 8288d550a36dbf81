/** The tenants pages, one list per sub-feature (menu group 'tenants'). */
import type { PageDef } from '../../app/routes';
import { filesPages } from './files/pages';
import { applicationsPages } from './applications/pages';
import { archivePages } from './archive/pages';
import { visitsPages } from './visits/pages';

export const TENANTS_PAGES: PageDef[] = [...filesPages, ...applicationsPages, ...archivePages, ...visitsPages];
