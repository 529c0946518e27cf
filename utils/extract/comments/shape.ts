/**
 * Shape keys: what makes two elements "the same kind of box" (tag and stable class tokens), so a
 * list of comments groups together however each one is decorated.
 */

// Class tokens that vary between otherwise identical comments (WordPress odd/even/depth-2, ids).
const VOLATILE_CLASS_RE = /^(?:odd|even|alt|by-\S+|thread-\S+|depth-\d+|byuser|bypostauthor|comment-author-\S+|c-\S+|first|last|clearfix|parent|selected|highlight\S*|new|\S*\d\S*)$/i;

export function getShape(el: Element): string {
  const cls = (typeof el.className === 'string' ? el.className : '')
    .split(/\s+/)
    .filter((c) => c && !VOLATILE_CLASS_RE.test(c))
    .sort()
    .join('.');
  return `${el.tagName}.${cls}`;
}
