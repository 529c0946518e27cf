/**
 * A thread from the comment units a detector found: each unit read (units.ts), and placed under
 * the unit it replies to.
 */
import type { Comment } from '../types';
import type { DayMonthOrder } from '../dates';
import { readUnit, resolveHints, type UnitHints } from './units';
import type { TextReader } from './text-cache';

/**
 * Build the thread from all unit elements found in a list: a unit's parent is the nearest unit
 * ancestor (WordPress `ul.children` inside `li.comment`), or — when replies sit in a wrapper right
 * after their parent (Drupal `div.indented`) — the unit just before that wrapper.
 */
export function buildThread(units: Element[], url: string, hints: UnitHints, dateOrder: DayMonthOrder, text?: TextReader): Comment[] {
  const set = new Set(units);
  const isNested = (el: Element): boolean => set.has(el);
  const byEl = new Map<Element, Comment>();
  const roots: Comment[] = [];
  const resolved = units.length ? resolveHints(units[0].ownerDocument, hints, dateOrder, text) : { dateOrder, text };
  for (const u of units) {
    const c = readUnit(u, isNested, url, resolved);
    if (!c) continue;
    byEl.set(u, c);
    const parent = findParentUnit(u, set);
    const pc = parent ? byEl.get(parent) : undefined;
    if (pc) pc.replies.push(c);
    else roots.push(c);
  }
  return roots;
}

function findParentUnit(unit: Element, set: Set<Element>): Element | null {
  for (let p = unit.parentElement; p; p = p.parentElement) {
    if (set.has(p)) return p;
    // Drupal: <div class="comment">…</div><div class="indented"><div class="comment">…</div></div>
    const prev = p.previousElementSibling;
    if (prev && set.has(prev) && p.children.length > 0 && /indent|child|repl|nested|thread/i.test(`${p.className} ${p.id}`)) return prev;
  }
  return null;
}
