import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeUrl, safeUrl } from './urls.ts';

test('isSafeUrl: web addresses and own uploads only', () => {
  const table: [string, boolean][] = [
    ['https://img.example.com/a.jpg', true],
    ['http://192.168.1.5:8080/p.png?x=1#y', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['/api/v1/files/0b6f0c1e-1d3e-4a6e-9a55-2f7d0f0c1a11', true],
    ['/api/v1/files/a/b.jpg', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:image/png;base64,AAAA', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
    ['ftp://example.com/x', false],
    ['//evil.example/x', false],
    ['/\\evil.example', false],
    ['/admin', false],
    ['/api/v1/files', false],
    ['/api/v1/files/../users', false],
    ['/api/v1/files/%2e%2e/users', false],
    ['/api/v1/files\\..\\users', false],
    ['https://', false],
    ['http:', false],
    ['example.com/a.jpg', false],
    ['', false],
    ['https://exa mple.com', false],
  ];
  for (const [url, want] of table) assert.equal(isSafeUrl(url), want, url);
});

test('safeUrl trims, limits the length and names the refusal unsafe_url', () => {
  assert.equal(safeUrl().parse('  https://example.com/a.jpg '), 'https://example.com/a.jpg');
  const r = safeUrl(40).safeParse('javascript:alert(1)');
  assert.equal(r.success, false);
  assert.equal((r as { error: { issues: { params?: { code?: string } }[] } }).error.issues[0]!.params?.code, 'unsafe_url');
  assert.equal(safeUrl(20).safeParse(`https://example.com/${'a'.repeat(30)}`).success, false);
});
