/** The contractor pages' texts (zh-CN first, en-US complete). */
export const contractorI18n = {
  'zh-CN': { nav: { title: '保洁外包考核' } },
  'en-US': { nav: { title: 'Contractor evaluation' } },
};
