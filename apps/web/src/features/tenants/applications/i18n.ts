/** The applications pages' texts (zh-CN first, en-US complete). */
export const applicationsI18n = {
  'zh-CN': { nav: { title: '入住与装修申请' } },
  'en-US': { nav: { title: 'Applications' } },
};
