/** The collection rate's texts (zh-CN first, en-US complete). */
const zh = {
  nav: { title: '收费率' },
  title: '物业费收费率',
  subtitle: '收费率 = 实收 ÷ 应收；户收费率 = 已缴清户数 ÷ 应缴户数。自缴费单送达日起每日计算。',
  month: '费用月份',
  rate: '收费率',
  householdRate: '户收费率',
  target: '目标 {{v}}%',
  targetLine: '目标',
  latest: '最新：收费率 {{rate}}%，户收费率 {{hh}}%（{{day}}）',
  none: '暂无数据',
  months: '各月收费率',
  col: { month: '月份', day: '统计日', receivable: '应收', received: '实收', rate: '收费率', households: '户收费率' },
};
const en: typeof zh = {
  nav: { title: 'Collection rate' },
  title: 'Fee collection rate',
  subtitle:
    'Collection rate = received ÷ receivable; household rate = households paid ÷ households charged. Computed daily from the notice day.',
  month: 'Billing month',
  rate: 'Collection rate',
  householdRate: 'Household rate',
  target: 'Target {{v}}%',
  targetLine: 'Target',
  latest: 'Latest: collection {{rate}}%, households {{hh}}% ({{day}})',
  none: 'No data yet',
  months: 'By month',
  col: { month: 'Month', day: 'As of', receivable: 'Receivable', received: 'Received', rate: 'Rate', households: 'Households' },
};
export const collectionI18n = { 'zh-CN': zh, 'en-US': en };
