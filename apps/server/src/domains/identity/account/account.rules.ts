/** Pure rules of an account's password: its strength, and the defaults refused in production. */

export const DEFAULT_PASSWORDS = ['Demo@2026', 'admin', 'password', '123456', 'Admin@123'];

export interface PasswordVerdict {
  ok: boolean;
  reasons: ('too_short' | 'too_long' | 'needs_letter' | 'needs_digit' | 'needs_symbol_or_case' | 'is_default')[];
}

/** At least 8 characters with letters and digits and either a symbol or mixed case. */
export function checkPassword(pw: string, opts: { production: boolean }): PasswordVerdict {
  const reasons: PasswordVerdict['reasons'] = [];
  if (pw.length < 8) reasons.push('too_short');
  if (pw.length > 128) reasons.push('too_long');
  if (!/[A-Za-z]/.test(pw)) reasons.push('needs_letter');
  if (!/[0-9]/.test(pw)) reasons.push('needs_digit');
  if (!/[^A-Za-z0-9]/.test(pw) && !(/[a-z]/.test(pw) && /[A-Z]/.test(pw))) reasons.push('needs_symbol_or_case');
  if (opts.production && DEFAULT_PASSWORDS.some((d) => d.toLowerCase() === pw.toLowerCase())) reasons.push('is_default');
  return { ok: reasons.length === 0, reasons };
}

export const PASSWORD_REASON_TEXT: Record<PasswordVerdict['reasons'][number], { zh: string; en: string }> = {
  too_short: { zh: '至少 8 位', en: 'at least 8 characters' },
  too_long: { zh: '最多 128 位', en: 'at most 128 characters' },
  needs_letter: { zh: '需包含字母', en: 'needs a letter' },
  needs_digit: { zh: '需包含数字', en: 'needs a digit' },
  needs_symbol_or_case: { zh: '需包含符号或大小写字母', en: 'needs a symbol or mixed case' },
  is_default: { zh: '不能使用默认密码', en: 'default passwords are refused' },
};
