import { lazy, type ReactNode } from 'react';
import { loadAllTexts } from '../i18n';

/**
 * Renders its children once every feature's texts are there (see i18n loadAllTexts): around each page but
 * the first, inside the page's Suspense. Loads them the first time, then passes straight through.
 */
export const AllTexts = lazy(() => loadAllTexts().then(() => ({ default: ({ children }: { children: ReactNode }) => <>{children}</> })));

/** A lazily loaded page that needs every feature's texts: the page's code and the texts load side by side. */
export const withAllTexts = <T,>(load: () => Promise<T>) => Promise.all([load(), loadAllTexts()]).then(([m]) => m);
