/** The visits pages' texts (zh-CN first, en-US complete). */
export const visitsI18n = {
  'zh-CN': { nav: { title: '用户走访' } },
  'en-US': { nav: { title: 'Tenant visits' } },
};
