import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { kindTakes, sniff, storedName } from './storage.rules.ts';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('uploads.rules', () => {
  it('sniffs the type from the bytes, not the name', () => {
    const table: [Uint8Array, string | null][] = [
      [bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
      [bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
      [bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
      [bytes('GIF89a', [1]), 'image/gif'],
      [bytes('GIF87a', [1]), 'image/gif'],
      [bytes('%PDF-1.7\n'), 'application/pdf'],
      [bytes('<svg xmlns="http://www.w3.org/2000/svg">'), null],
      [bytes('<html><script>'), null],
      [bytes('RIFF', [1, 2, 3, 4], 'WAVE'), null],
      [bytes([0x89], 'PNX'), null],
      [bytes(), null],
    ];
    for (const [b, want] of table) assert.equal(sniff(b), want, String(want));
  });

  it('photos take images only, documents take PDF too', () => {
    assert.equal(kindTakes('photo', 'image/png'), true);
    assert.equal(kindTakes('photo', 'application/pdf'), false);
    assert.equal(kindTakes('document', 'application/pdf'), true);
    assert.equal(kindTakes('document', 'image/jpeg'), true);
  });

  it('names are stripped of paths and control characters and carry the stored extension', () => {
    const table: [string | undefined, string, string][] = [
      ['IMG_2041.HEIC.jpeg', 'image/jpeg', 'IMG_2041.HEIC.jpg'],
      ['C:\\Users\\王\\漏水.png', 'image/jpeg', '漏水.jpg'],
      ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
      ['a"b\u0001c.pdf', 'application/pdf', 'abc.pdf'],
      [undefined, 'image/png', 'file.png'],
      ['   .png', 'image/png', 'file.png'],
      ['x'.repeat(300) + '.jpg', 'image/jpeg', 'x'.repeat(100) + '.jpg'],
    ];
    for (const [name, type, want] of table) assert.equal(storedName(name, type), want);
  });
});
