/** The findings pages' texts (zh-CN first, en-US complete). */
export const findingsI18n = {
  'zh-CN': { nav: { title: '巡检问题' } },
  'en-US': { nav: { title: 'Findings' } },
};
