/** The events' guests texts (namespace `eventGuests`; zh-CN first, en-US complete). */
const zh = { title: '' };
const en: typeof zh = { title: '' };

export const eventGuestsI18n = { 'zh-CN': zh, 'en-US': en };
