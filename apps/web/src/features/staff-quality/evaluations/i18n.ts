/** The evaluations pages' texts (zh-CN first, en-US complete). */
export const evaluationsI18n = {
  'zh-CN': { nav: { title: '考评' } },
  'en-US': { nav: { title: 'Evaluations' } },
};
