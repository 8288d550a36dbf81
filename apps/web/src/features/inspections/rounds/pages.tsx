import type { PageDef } from '../../../app/routes';

/** The rounds pages (menu group 'patrol'). */
export const roundsPages: PageDef[] = [];
