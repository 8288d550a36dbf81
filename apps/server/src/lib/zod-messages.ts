import type { ZodIssue } from 'zod';
import type { Locale } from './locale.ts';

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  date: '日期',
};

/** A field message the user can read, in their language. */
export function zodIssueMessage(issue: ZodIssue, locale: Locale): string {
  const en = locale === 'en-US';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return en ? 'Required' : '必填';
      return en ? `Expected ${issue.expected}, received ${issue.received}` : `类型不正确，应为${TYPE_ZH[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.type === 'string')
        return issue.minimum === 1
          ? en
            ? 'Required'
            : '不能为空'
          : en
            ? `At least ${issue.minimum} characters`
            : `至少 ${issue.minimum} 个字符`;
      if (issue.type === 'array') return en ? `At least ${issue.minimum} items` : `至少 ${issue.minimum} 项`;
      return en
        ? `Must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`
        : `必须${issue.inclusive ? '大于或等于' : '大于'} ${issue.minimum}`;
    case 'too_big':
      if (issue.type === 'string') return en ? `At most ${issue.maximum} characters` : `最多 ${issue.maximum} 个字符`;
      if (issue.type === 'array') return en ? `At most ${issue.maximum} items` : `最多 ${issue.maximum} 项`;
      return en
        ? `Must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`
        : `必须${issue.inclusive ? '小于或等于' : '小于'} ${issue.maximum}`;
    case 'invalid_enum_value':
      return en ? `Must be one of: ${issue.options.join(', ')}` : `取值必须是：${issue.options.join('、')}`;
    case 'invalid_string':
      if (issue.validation === 'uuid') return en ? 'Not a valid id' : '不是有效的编号';
      if (issue.validation === 'datetime') return en ? 'Not a valid ISO 8601 time with offset' : '不是有效的时间（ISO 8601，含时区）';
      if (issue.validation === 'email') return en ? 'Not a valid e-mail address' : '邮箱格式不正确';
      if (issue.validation === 'regex') return en ? 'Wrong format' : '格式不正确';
      return en ? 'Invalid text' : '格式不正确';
    case 'unrecognized_keys':
      return en ? `Unknown fields: ${issue.keys.join(', ')}` : `未知字段：${issue.keys.join('、')}`;
    case 'invalid_date':
      return en ? 'Invalid date' : '日期无效';
    case 'custom':
      if (issue.params?.code === 'unsafe_url')
        return en
          ? 'Only http(s) links or uploaded files (/api/v1/files/…) are allowed'
          : '只能填写 http(s) 链接或已上传的文件（/api/v1/files/…）';
      return issue.message;
    default:
      return en ? issue.message : `输入无效（${issue.message}）`;
  }
}
