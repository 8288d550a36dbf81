/**
 * Every feature's translations, one namespace each. A feature adds its `i18n.ts`
 * ({'zh-CN': {...}, 'en-US': {...}}) here; resources.test.ts checks both languages have the same keys.
 */
export const featureResources: Record<string, { 'zh-CN': object; 'en-US': object }> = {};
