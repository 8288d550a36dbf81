import type { PageDef } from '../../../app/routes';

/** The findings pages (menu group 'patrol'). */
export const findingsPages: PageDef[] = [];
