import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'puppeteer-core';
import { FIXTURES, ROOT } from './paths';

const MESSAGES = new Map<string, Record<string, { message: string }>>();

/** A UI string as the user reads it (the English messages file, or another locale's: 'de', 'pt_BR'). */
export function uiText(key: string, locale = 'en'): string {
  const file = `public/_locales/${locale}/messages.json`;
  if (!MESSAGES.has(locale)) MESSAGES.set(locale, JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
  const entry = MESSAGES.get(locale)![key];
  if (!entry) throw new Error(`no message "${key}" in ${file}`);
  return entry.message;
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of the elements matching `selector` in a fixture page, as a reader would read them. */
export function fixtureTexts(fixture: string, selector: string): string[] {
  const dom = new JSDOM(readFileSync(join(FIXTURES, fixture), 'utf8'));
  return [...dom.window.document.querySelectorAll(selector)].map((el) => normalizeSpace(el.textContent ?? ''));
}

/** Wait until the page (or popup) shows `text` somewhere in its rendered text. */
export async function waitForText(page: Page, text: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((t: string) => document.body?.innerText.replace(/\s+/g, ' ').includes(t), { timeout }, normalizeSpace(text));
}

export async function visibleText(page: Page): Promise<string> {
  return normalizeSpace(await page.evaluate(() => document.body?.innerText ?? ''));
}
