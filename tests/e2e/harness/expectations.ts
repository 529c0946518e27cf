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

/**
 * How often a wait re-checks the page, in ms. Never puppeteer's default (once per animation
 * frame): a tab behind a popup, or a popup that is not being painted, gets no animation frames,
 * and the wait then stalls until its timeout although the page already shows what it waits for.
 */
export const POLL_MS = 100;

/** Wait until the page (or popup) shows `text` somewhere in its rendered text. */
export async function waitForText(page: Page, text: string, timeout = 20_000): Promise<void> {
  const wanted = normalizeSpace(text);
  try {
    await page.waitForFunction((t: string) => document.body?.innerText.replace(/\s+/g, ' ').includes(t), { timeout, polling: POLL_MS }, wanted);
  } catch (error) {
    // Say what the page showed instead: a wait that fails without it cannot be diagnosed.
    const shown = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '(the page did not answer)');
    throw new Error(`waited ${timeout} ms for "${wanted}"; the page shows: "${normalizeSpace(shown).slice(0, 400)}"`, { cause: error });
  }
}

/** A promise that settles when `page` closes, or fails after `timeout` ms saying what did not happen. */
export function closing(page: Page, what: string, timeout = 20_000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not close within ${timeout} ms`)), timeout);
    page.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function visibleText(page: Page): Promise<string> {
  return normalizeSpace(await page.evaluate(() => document.body?.innerText ?? ''));
}
