import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../utils/extract/sanitize';

describe('sanitizeHtml (the one strict profile)', () => {
  it.each([
    ['<p onclick="x()">a<script>alert(1)</script></p>', '<p>a</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<img src="data:text/html,<script>alert(1)</script>">', '<img>'],
    ['<p style="color:red" class="a" id="b">t</p>', '<p>t</p>'],
  ])('%s -> %s', (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it('keeps data: images and makes links open in a new tab without an opener', () => {
    const out = sanitizeHtml('<img src="data:image/png;base64,AAAA"><a href="https://example.org/">y</a>');
    expect(out).toContain('src="data:image/png;base64,AAAA"');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
  });
});
