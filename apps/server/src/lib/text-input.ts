/**
 * Text the product accepts from a request (issue 9: never a 500 for input). PostgreSQL refuses NUL
 * (U+0000) in text and jsonb and unpaired surrogates in jsonb; other C0 controls are never typed by a
 * person. The rule holds for every string — values and object keys — of a JSON body, the query string
 * and the path parameters: tab, line feed and carriage return are the only control characters allowed.
 */

export type BadTextReason = 'control_character' | 'invalid_unicode';
export interface BadText {
  path: string;
  reason: BadTextReason;
}

// C0 controls except \t (09), \n (0A), \r (0D): matching them is the point.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// With the u flag a well-formed surrogate pair is one code point; only a lone half is \p{Cs}.
const LONE_SURROGATE = /\p{Cs}/u;

export function badTextReason(s: string): BadTextReason | null {
  if (CONTROL.test(s)) return 'control_character';
  if (LONE_SURROGATE.test(s)) return 'invalid_unicode';
  return null;
}

/**
 * The strings in `value` that break the rule, as dotted paths (`items.2.name`; a bad key is named by
 * its own path). Iterative, so a deeply nested body cannot overflow the stack; stops after `max` finds.
 */
export function findBadText(value: unknown, max = 10): BadText[] {
  const found: BadText[] = [];
  // Depth first, in document order: children are pushed in reverse.
  const stack: { v: unknown; path: string; key?: BadTextReason }[] = [{ v: value, path: '' }];
  const join = (base: string, key: string | number) => (base ? `${base}.${key}` : String(key));
  while (stack.length && found.length < max) {
    const { v, path, key } = stack.pop()!;
    if (key) {
      found.push({ path, reason: key });
    } else if (typeof v === 'string') {
      const reason = badTextReason(v);
      if (reason) found.push({ path, reason });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: join(path, i) });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        const reason = badTextReason(k);
        // A bad key is named with its unprintable characters shown as '?'.
        if (reason) stack.push({ v: null, path: join(path, k.replace(/[^\x20-\x7E\u00A0-\uD7FF\uE000-\uFFFF]/g, '?')), key: reason });
        else stack.push({ v: (v as Record<string, unknown>)[k], path: join(path, k) });
      }
    }
  }
  return found;
}
