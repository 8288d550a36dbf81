/** The archive pages' texts (zh-CN first, en-US complete). */
export const archiveI18n = {
  'zh-CN': { nav: { title: '档案存档' } },
  'en-US': { nav: { title: 'Archive' } },
};
