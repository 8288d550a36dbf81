/** Shell and shared strings. Each feature keeps its own namespace in features/<name>/i18n.ts. */
export const common = {
  'zh-CN': {
    appName: '会务及客服服务管理系统',
    appShort: '会务客服',
    company: '物业服务中心',
    nav: {
      dashboard: '工作台', admin: '系统管理', users: '用户管理', places: '场所管理', buildings: '楼栋与单元', organizations: '单位', venues: '会议场所',
      calendar: '工作日历', audit: '操作日志', notifications: '消息通知', account: '个人设置', apiDocs: '接口文档',
      group: { meetings: '会议服务', service: '客户服务', admin: '系统管理' },
    },
    action: {
      login: '登录', logout: '退出登录', save: '保存', cancel: '取消', create: '新建', edit: '编辑', delete: '删除', search: '搜索', reset: '重置',
      confirm: '确定', back: '返回', refresh: '刷新', history: '修改记录', more: '更多', close: '关闭', export: '导出', print: '打印', view: '查看',
      disable: '停用', enable: '启用', add: '添加', remove: '移除', markAllRead: '全部标为已读', submit: '提交',
    },
    field: {
      username: '用户名', password: '密码', displayName: '姓名', email: '邮箱', phone: '电话', property: '项目', role: '角色', roles: '角色',
      status: '状态', createdAt: '创建时间', updatedAt: '更新时间', name: '名称', code: '编号', remark: '备注', actions: '操作', time: '时间',
      currentPassword: '当前密码', newPassword: '新密码', confirmPassword: '确认新密码', organization: '所属单位', unit: '单元', language: '语言',
    },
    status: { enabled: '正常', disabled: '已停用', yes: '是', no: '否', unread: '未读', read: '已读' },
    login: {
      title: '登录', subtitle: '会议服务 · 客户服务 · 前台服务', remember: '在此设备上保持登录', demoHint: '演示账号：用户名为角色代码（如 admin、dispatcher、tenant），密码 Demo@2026',
      required: '请输入{{field}}',
    },
    shell: { switchProperty: '切换项目', noProperty: '您尚未被分配到任何项目，请联系系统管理员。', welcome: '欢迎，{{name}}', roleIn: '{{property}} · {{roles}}' },
    dashboard: {
      title: '工作台', today: '今天是 {{date}}，{{dayKind}}', workday: '工作日', restday: '休息日', yourRoles: '您在本项目的角色',
      quickLinks: '常用功能', venues: '会议场所', buildings: '楼栋', units: '单元', users: '用户', unread: '未读通知', stats: '项目概况',
    },
    account: {
      title: '个人设置', changePassword: '修改密码', passwordChanged: '密码已修改，其他设备上的登录已失效', mismatch: '两次输入的新密码不一致',
      mustChange: '首次登录请修改初始密码', profile: '个人信息', rule: '至少 8 位，包含字母、数字，以及符号或大小写字母',
    },
    history: { title: '修改记录', empty: '暂无记录', by: '{{actor}}', system: '系统', field: '字段', before: '修改前', after: '修改后', action: '操作' },
    notify: { title: '消息通知', empty: '暂无通知', viewAll: '查看全部', live: '实时', unreadCount: '{{count}} 条未读' },
    error: { generic: '操作失败', network: '网络连接失败，请稍后重试', notFound: '页面不存在', forbidden: '您没有权限访问此页面', backHome: '返回工作台' },
    msg: { saved: '已保存', created: '已创建', deleted: '已删除', loading: '加载中…', noData: '暂无数据' },
    lang: { 'zh-CN': '简体中文', 'en-US': 'English' },
  },
  'en-US': {
    appName: 'Meeting & Customer Service Management',
    appShort: 'Meeting & CS',
    company: 'Property Service Center',
    nav: {
      dashboard: 'Dashboard', admin: 'Administration', users: 'Users', places: 'Places', buildings: 'Buildings & units', organizations: 'Organizations', venues: 'Venues',
      calendar: 'Work calendar', audit: 'Audit log', notifications: 'Notifications', account: 'My account', apiDocs: 'API docs',
      group: { meetings: 'Meetings', service: 'Customer service', admin: 'Administration' },
    },
    action: {
      login: 'Sign in', logout: 'Sign out', save: 'Save', cancel: 'Cancel', create: 'New', edit: 'Edit', delete: 'Delete', search: 'Search', reset: 'Reset',
      confirm: 'OK', back: 'Back', refresh: 'Refresh', history: 'History', more: 'More', close: 'Close', export: 'Export', print: 'Print', view: 'View',
      disable: 'Disable', enable: 'Enable', add: 'Add', remove: 'Remove', markAllRead: 'Mark all read', submit: 'Submit',
    },
    field: {
      username: 'Username', password: 'Password', displayName: 'Name', email: 'E-mail', phone: 'Phone', property: 'Property', role: 'Role', roles: 'Roles',
      status: 'Status', createdAt: 'Created', updatedAt: 'Updated', name: 'Name', code: 'Code', remark: 'Notes', actions: 'Actions', time: 'Time',
      currentPassword: 'Current password', newPassword: 'New password', confirmPassword: 'Confirm new password', organization: 'Organization', unit: 'Unit', language: 'Language',
    },
    status: { enabled: 'Active', disabled: 'Disabled', yes: 'Yes', no: 'No', unread: 'Unread', read: 'Read' },
    login: {
      title: 'Sign in', subtitle: 'Meeting services · Customer service · Front desk', remember: 'Keep me signed in on this device', demoHint: 'Demo accounts: the username is the role code (admin, dispatcher, tenant …), password Demo@2026',
      required: 'Please enter {{field}}',
    },
    shell: { switchProperty: 'Switch property', noProperty: 'You have not been assigned to any property yet. Please contact an administrator.', welcome: 'Welcome, {{name}}', roleIn: '{{property}} · {{roles}}' },
    dashboard: {
      title: 'Dashboard', today: 'Today is {{date}}, {{dayKind}}', workday: 'a working day', restday: 'a rest day', yourRoles: 'Your roles in this property',
      quickLinks: 'Quick links', venues: 'Venues', buildings: 'Buildings', units: 'Units', users: 'Users', unread: 'Unread notifications', stats: 'Property overview',
    },
    account: {
      title: 'My account', changePassword: 'Change password', passwordChanged: 'Password changed; your other sessions were signed out', mismatch: 'The new passwords do not match',
      mustChange: 'Please change your initial password', profile: 'Profile', rule: 'At least 8 characters with letters, digits, and a symbol or mixed case',
    },
    history: { title: 'History', empty: 'No history yet', by: '{{actor}}', system: 'System', field: 'Field', before: 'Before', after: 'After', action: 'Action' },
    notify: { title: 'Notifications', empty: 'No notifications', viewAll: 'View all', live: 'Live', unreadCount: '{{count}} unread' },
    error: { generic: 'Something went wrong', network: 'Network error; please try again', notFound: 'Page not found', forbidden: 'You may not open this page', backHome: 'Back to dashboard' },
    msg: { saved: 'Saved', created: 'Created', deleted: 'Deleted', loading: 'Loading…', noData: 'No data' },
    lang: { 'zh-CN': '简体中文', 'en-US': 'English' },
  },
};
