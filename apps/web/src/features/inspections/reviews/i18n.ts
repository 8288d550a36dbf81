/** The reviews pages' texts (zh-CN first, en-US complete). */
export const reviewsI18n = {
  'zh-CN': { nav: { title: '巡检审阅' } },
  'en-US': { nav: { title: 'Reviews' } },
};
