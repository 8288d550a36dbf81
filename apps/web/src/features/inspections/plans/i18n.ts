/** The plans pages' texts (zh-CN first, en-US complete). */
export const plansI18n = {
  'zh-CN': { nav: { title: '巡检计划' } },
  'en-US': { nav: { title: 'Inspection plans' } },
};
