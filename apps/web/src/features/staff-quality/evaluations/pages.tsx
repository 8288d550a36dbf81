import type { PageDef } from '../../../app/routes';

/** The evaluations pages (menu group 'patrol'). */
export const evaluationsPages: PageDef[] = [];
