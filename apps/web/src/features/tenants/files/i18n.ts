/** The files pages' texts (zh-CN first, en-US complete). */
export const filesI18n = {
  'zh-CN': { nav: { title: '用户档案' } },
  'en-US': { nav: { title: 'Tenant files' } },
};
