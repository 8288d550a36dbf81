import type { PageDef } from '../../../app/routes';

/** The contractor pages (menu group 'patrol'). */
export const contractorPages: PageDef[] = [];
