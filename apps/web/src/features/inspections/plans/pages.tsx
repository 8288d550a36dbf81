import type { PageDef } from '../../../app/routes';

/** The plans pages (menu group 'patrol'). */
export const plansPages: PageDef[] = [];
