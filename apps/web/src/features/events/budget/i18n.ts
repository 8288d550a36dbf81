/** The events' budget texts (namespace `eventBudget`; zh-CN first, en-US complete). */
const zh = { title: '' };
const en: typeof zh = { title: '' };

export const eventBudgetI18n = { 'zh-CN': zh, 'en-US': en };
