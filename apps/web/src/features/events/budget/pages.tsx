/** The budget pages of large events besides its tab (prints, phone pages). */
import { lazy } from 'react';
import type { PageDef } from '../../../app/routes';

export const EVENT_BUDGET_PAGES: PageDef[] = [
  {
    path: '/events/:id/budget/print',
    labelKey: 'eventBudget:printTitle',
    hidden: true,
    component: lazy(() => import('./BudgetPrintPage')),
  },
];
