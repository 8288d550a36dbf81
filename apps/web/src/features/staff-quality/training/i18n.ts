/** The training pages' texts (zh-CN first, en-US complete). */
export const trainingI18n = {
  'zh-CN': { nav: { title: '培训' } },
  'en-US': { nav: { title: 'Training' } },
};
