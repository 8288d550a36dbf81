/** The guest-rooms pages, one list per sub-feature (menu group tenants (客务管理)). */
import type { PageDef } from '../../app/routes';

export const GUEST_ROOMS_PAGES: PageDef[] = [];
