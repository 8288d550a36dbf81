/** The hygiene pages' texts (zh-CN first, en-US complete). */
export const hygieneI18n = {
  'zh-CN': { nav: { title: '卫生检验' } },
  'en-US': { nav: { title: 'Hygiene inspections' } },
};
