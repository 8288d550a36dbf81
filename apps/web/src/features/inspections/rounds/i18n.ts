/** The rounds pages' texts (zh-CN first, en-US complete). */
export const roundsI18n = {
  'zh-CN': { nav: { title: '巡检任务' } },
  'en-US': { nav: { title: 'Rounds' } },
};
