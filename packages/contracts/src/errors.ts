/** Stable error codes of the API, with their Chinese and English titles. */
export const ERROR_CODES = {
  validation_failed: { status: 400, zh: '输入有误，请检查标出的字段', en: 'Some fields are invalid' },
  malformed_json: { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  bad_request: { status: 400, zh: '请求无效', en: 'Bad request' },
  bad_url: { status: 400, zh: '请求地址无效（编码错误）', en: 'The request address is not valid (bad percent-encoding)' },
  invalid_content_length: { status: 400, zh: '请求长度与内容不符', en: 'The Content-Length does not match the body' },
  malformed_multipart: { status: 400, zh: '上传的表单格式不正确', en: 'The uploaded form is malformed' },
  unauthenticated: { status: 401, zh: '请先登录', en: 'Please sign in' },
  invalid_credentials: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  account_disabled: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  forbidden: { status: 403, zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  csrf_failed: { status: 403, zh: '安全校验失败，请刷新页面后重试', en: 'Security check failed; reload the page and try again' },
  password_change_required: { status: 403, zh: '请先修改密码', en: 'Change your password first' },
  user_managed_elsewhere: {
    status: 403,
    zh: '该账号也属于您未管理的项目，只能调整本项目的角色',
    en: "This account also belongs to a property you do not administer; you may only change your property's roles",
  },
  not_found: { status: 404, zh: '记录不存在或无权查看', en: 'Not found' },
  route_not_found: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  method_not_allowed: { status: 405, zh: '不支持的请求方法', en: 'Method not allowed' },
  conflict: { status: 409, zh: '数据已被修改，请刷新后重试', en: 'The record changed meanwhile; reload and retry' },
  duplicate: { status: 409, zh: '已存在相同的记录', en: 'A record with the same key exists' },
  payload_too_large: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  uri_too_long: { status: 414, zh: '请求地址中的参数过长', en: 'A parameter in the address is too long' },
  unsupported_media_type: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  unsupported_file_type: {
    status: 415,
    zh: '不支持的文件类型（支持 JPEG、PNG、WebP、GIF 图片和 PDF）',
    en: 'Unsupported file type (JPEG, PNG, WebP, GIF images and PDF are accepted)',
  },
  file_not_attachable: {
    status: 422,
    zh: '文件不存在、已被使用或不是您上传的',
    en: 'The file does not exist, is in use already, or was not uploaded by you',
  },
  rule_violation: { status: 422, zh: '不符合业务规则', en: 'A business rule refused this' },
  weak_password: { status: 422, zh: '密码强度不足', en: 'The password is too weak' },
  default_password_refused: { status: 422, zh: '生产环境不允许使用默认密码', en: 'Default passwords are refused in production' },
  wrong_password: { status: 422, zh: '当前密码不正确', en: 'The current password is wrong' },
  in_use: { status: 422, zh: '记录正在使用中，无法删除', en: 'The record is in use' },
  too_many_attempts: { status: 429, zh: '尝试次数过多，请稍后再试', en: 'Too many attempts; try again later' },
  internal_error: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  not_ready: { status: 503, zh: '服务尚未就绪', en: 'Service not ready' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES | (string & {});

export interface ProblemField {
  path: string;
  message: string;
  code?: string;
}
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  fields?: ProblemField[];
  requestId?: string;
  [extra: string]: unknown;
}
