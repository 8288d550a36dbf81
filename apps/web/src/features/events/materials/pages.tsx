/** The materials pages of large events besides its tab (prints, phone pages). */
import type { PageDef } from '../../../app/routes';

export const EVENT_MATERIALS_PAGES: PageDef[] = [];
