/** Strings of the work calendar feature. */
export const calendarI18n = {
  'zh-CN': {
    title: '工作日历',
    legend: { holiday: '法定节假日', makeup: '调休上班', weekend: '周末', workday: '工作日', override: '本项目调整' },
    kind: { workday: '工作日', weekend: '周末', holiday: '节假日', makeup_workday: '调休上班' },
    short: { holiday: '休', makeup: '班' },
    source: { builtin: '国务院安排', override: '本项目调整', default: '默认规则' },
    summary: {
      title: '{{year}} 年概况', holidays: '节假日', makeupWorkdays: '调休上班', workingDays: '工作日', overrides: '本项目调整', days: '{{count}} 天',
      builtin: '已内置国务院放假安排', noBuiltin: '无内置放假安排',
      needsData: '{{year}} 年没有内置的节假日数据，也未录入任何节假日。请按国务院办公厅发布的放假通知导入该年的节假日和调休上班日，否则按「周一至周五上班」计算期限。',
      noBuiltinButEntered: '{{year}} 年无内置数据，以下为本项目录入的安排。',
    },
    hours: {
      title: '工作时间', timeZone: '时区', workHours: '上班时间', weekdays: '周一至周五，节假日休息，调休日上班',
      note: '各岗位的班次（如会务 8:00–18:00、保洁 7:30–17:30）在排班中设置；期限计算按本项目工作时间。',
    },
    overrides: {
      title: '{{year}} 年本项目调整', add: '添加调整', edit: '修改调整', import: '批量导入', empty: '本年度没有调整记录',
      date: '日期', weekday: '星期', kind: '类型', name: '名称', createdAt: '录入时间', deleteConfirm: '删除后该日恢复为内置安排或默认规则，确定吗？',
      kindHoliday: '休息（节假日）', kindWorkday: '上班（调休上班日）', namePlaceholder: '如：春节、国庆节调休', dateRequired: '请选择日期',
      clickHint: '点击日历中的日期可直接调整该日。',
    },
    import: {
      title: '批量导入放假安排', paste: '每行一天：日期,类型,名称', pasteHelp: '类型写 holiday / 休 表示放假，workday / 班 表示调休上班，例如：\n2027-01-01,holiday,元旦\n2027-02-07,workday,春节调休',
      range: '按日期范围添加', rangeLabel: '日期范围', addRange: '添加到列表', preview: '预览（{{count}} 天）', lineError: '第 {{line}} 行：{{text}}', invalidLine: '格式应为 日期,类型,名称',
      invalidDate: '日期无效', invalidKind: '类型应为 holiday 或 workday', duplicate: '日期重复', submit: '导入 {{count}} 天', done: '已导入：新增 {{created}} 天，更新 {{updated}} 天',
      tooMany: '一次最多导入 400 天', nothing: '没有可导入的行', fixErrors: '请先修正以上错误',
    },
    compute: {
      title: '期限计算器', start: '开始时间', value: '时长', unit: '单位', run: '计算', result: '结果', startDay: '开始日', resultDay: '结果所在日',
      within: '在工作时间内', outside: '不在工作时间内', help: '按本项目的工作日历把时长加到开始时间上，用于预约提前量和工单时限。',
      unit_minutes: '分钟', unit_hours: '小时', unit_calendar_days: '自然日', unit_working_hours: '工作小时', unit_working_days: '工作日', unit_end_of_working_day: '第 N 个工作日下班时',
    },
    monthCount: '休 {{holidays}} · 班 {{makeup}}',
    holidayNames: {
      元旦: '元旦', 春节: '春节', 清明节: '清明节', 劳动节: '劳动节', 端午节: '端午节', 中秋节: '中秋节', 国庆节: '国庆节', 抗战胜利纪念日: '抗战胜利纪念日',
    },
    makeupSuffix: '{{name}}调休',
    sep: '、',
  },
  'en-US': {
    title: 'Work calendar',
    legend: { holiday: 'Public holiday', makeup: 'Make-up working day', weekend: 'Weekend', workday: 'Working day', override: 'Adjusted for this property' },
    kind: { workday: 'Working day', weekend: 'Weekend', holiday: 'Holiday', makeup_workday: 'Make-up working day' },
    short: { holiday: 'Off', makeup: 'Work' },
    source: { builtin: 'State Council schedule', override: 'Property adjustment', default: 'Default rule' },
    summary: {
      title: '{{year}} overview', holidays: 'Holidays', makeupWorkdays: 'Make-up working days', workingDays: 'Working days', overrides: 'Adjustments', days: '{{count}} days',
      builtin: 'State Council schedule built in', noBuiltin: 'No built-in schedule',
      needsData: 'There is no built-in holiday data for {{year}} and no holidays have been entered. Import the year\'s holidays and make-up working days from the State Council notice; until then deadlines count Monday–Friday as working days.',
      noBuiltinButEntered: 'No built-in data for {{year}}; the schedule below was entered for this property.',
    },
    hours: {
      title: 'Working hours', timeZone: 'Time zone', workHours: 'Office hours', weekdays: 'Monday to Friday; off on public holidays, working on make-up days',
      note: 'Shift hours per post (e.g. meeting staff 8:00–18:00, cleaners 7:30–17:30) are set in rosters; deadlines use the property\'s office hours.',
    },
    overrides: {
      title: 'Adjustments for {{year}}', add: 'Add adjustment', edit: 'Edit adjustment', import: 'Import', empty: 'No adjustments this year',
      date: 'Date', weekday: 'Weekday', kind: 'Type', name: 'Name', createdAt: 'Entered', deleteConfirm: 'The day returns to the built-in schedule or default rule. Delete?',
      kindHoliday: 'Day off (holiday)', kindWorkday: 'Working (make-up day)', namePlaceholder: 'e.g. Spring Festival', dateRequired: 'Please choose a date',
      clickHint: 'Click a date in the calendar to adjust that day.',
    },
    import: {
      title: 'Import a holiday schedule', paste: 'One day per line: date,type,name', pasteHelp: 'Type holiday / 休 for a day off, workday / 班 for a make-up working day, e.g.\n2027-01-01,holiday,New Year\n2027-02-07,workday,Spring Festival make-up',
      range: 'Add a date range', rangeLabel: 'Dates', addRange: 'Add to list', preview: 'Preview ({{count}} days)', lineError: 'Line {{line}}: {{text}}', invalidLine: 'Expected date,type,name',
      invalidDate: 'Invalid date', invalidKind: 'Type must be holiday or workday', duplicate: 'Duplicate date', submit: 'Import {{count}} days', done: 'Imported: {{created}} new, {{updated}} updated',
      tooMany: 'At most 400 days per import', nothing: 'Nothing to import', fixErrors: 'Please fix the errors above first',
    },
    compute: {
      title: 'Deadline calculator', start: 'Start', value: 'Value', unit: 'Unit', run: 'Compute', result: 'Result', startDay: 'Start day', resultDay: 'Result day',
      within: 'within working hours', outside: 'outside working hours', help: 'Adds a duration to the start using this property\'s work calendar, as booking lead times and case deadlines do.',
      unit_minutes: 'minutes', unit_hours: 'hours', unit_calendar_days: 'calendar days', unit_working_hours: 'working hours', unit_working_days: 'working days', unit_end_of_working_day: 'end of Nth working day',
    },
    monthCount: '{{holidays}} off · {{makeup}} make-up',
    holidayNames: {
      元旦: "New Year's Day", 春节: 'Spring Festival', 清明节: 'Qingming Festival', 劳动节: 'Labour Day', 端午节: 'Dragon Boat Festival', 中秋节: 'Mid-Autumn Festival', 国庆节: 'National Day', 抗战胜利纪念日: 'Victory Day',
    },
    makeupSuffix: '{{name}} make-up',
    sep: ', ',
  },
};
