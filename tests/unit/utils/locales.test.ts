/**
 * Every translation is complete and safe to ship: each locale has every message of English, with
 * the same placeholders, every plural form its language needs, and nothing left in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMessagesLookup, createTranslator, getLocaleDir, resolveUiLocale, type MessageEntry } from '../../../utils/i18n';

const LOCALES_DIR = join(__dirname, '../../../public/_locales');

/** The interface languages the extension promises (folder names, as the browsers spell them). */
const PROMISED = ['ar', 'de', 'en', 'es', 'fa', 'fr', 'hi', 'id', 'ja', 'pt_BR', 'ru', 'tr', 'uk', 'zh_CN'];

/**
 * Messages that may read exactly as in English, and why. Anything else equal to English is an
 * untranslated string.
 */
const SAME_AS_ENGLISH: Record<string, { locales: string[] | '*'; why: string }> = {
  extName: { locales: '*', why: 'the brand name' },
  appName: { locales: '*', why: 'the brand name' },
  themeSepia: { locales: ['de', 'es', 'id'], why: 'the colour is called "Sepia" in these languages too' },
};

type Messages = Record<string, MessageEntry & { description?: string }>;

const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;

function readRaw(code: string): string {
  return readFileSync(join(LOCALES_DIR, code, 'messages.json'), 'utf8');
}
function readMessages(code: string): Messages {
  return JSON.parse(readRaw(code)) as Messages;
}
/** BCP 47 tag of a _locales folder name (pt_BR -> pt-BR). */
function toTag(code: string): string {
  return code.replace('_', '-');
}
/** The named placeholders a message uses, lower-cased ($COUNT$ -> count). */
function usedPlaceholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()))].sort();
}
/** A plural category that holds a single number in this language (Arabic "two" is only 2). */
function isSingleNumberCategory(tag: string, category: string): boolean {
  const rules = new Intl.PluralRules(tag);
  let seen = 0;
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) seen++;
  return seen === 1;
}

const en = readMessages('en');
const pluralBases = [...new Set(Object.keys(en).map((k) => PLURAL_KEY.exec(k)?.[1]).filter((b): b is string => !!b))];
const plainKeys = Object.keys(en).filter((k) => !PLURAL_KEY.test(k));
const locales = readdirSync(LOCALES_DIR).filter((d) => d !== 'en').sort();

describe('locale files', () => {
  it('ship every promised language', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(expect.arrayContaining(PROMISED));
  });

  it('English has one and other for each plural message', () => {
    expect(pluralBases.length).toBeGreaterThan(0);
    for (const base of pluralBases) expect([en[`${base}_one`]?.message, en[`${base}_other`]?.message]).not.toContain(undefined);
  });

  describe.each(locales)('%s', (code) => {
    const tag = toTag(code);

    it('is valid JSON without duplicate keys, and names its own language', () => {
      const raw = readRaw(code);
      const messages = JSON.parse(raw) as Messages;
      // JSON.parse keeps the last of two equal keys silently; count the keys as written.
      const written = [...raw.matchAll(/^ {2}"([^"]+)": \{/gm)].map((m) => m[1]);
      expect(written.length).toBe(Object.keys(messages).length);
      expect(messages.messagesLocale.message).toBe(tag);
      expect(() => new Intl.PluralRules(tag)).not.toThrow();
    });

    it('has every message of English and none it lacks (plurals: every category of the language)', () => {
      const messages = readMessages(code);
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      const expected = [...plainKeys, ...pluralBases.flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
      expect(Object.keys(messages).sort()).toEqual(expected);
    });

    it('has no empty message and keeps the brand name', () => {
      const messages = readMessages(code);
      for (const [key, entry] of Object.entries(messages)) {
        expect(typeof entry.message, key).toBe('string');
        expect(entry.message.trim(), key).not.toBe('');
        const source = en[key] ?? en[`${PLURAL_KEY.exec(key)?.[1]}_other`];
        if (source.message.includes('Calm Reader')) expect(entry.message, key).toContain('Calm Reader');
      }
    });

    it('uses the same placeholders as English', () => {
      const messages = readMessages(code);
      for (const [key, entry] of Object.entries(messages)) {
        const plural = PLURAL_KEY.exec(key);
        const source = plural ? en[`${plural[1]}_other`] : en[key];
        // The placeholders object is what gives $COUNT$ its value: it must match English exactly.
        expect(entry.placeholders, key).toEqual(source.placeholders);
        expect(entry.message, key).not.toMatch(/(^|[^$])\$[1-9]/);
        const used = usedPlaceholders(entry.message);
        for (const name of used) expect(Object.keys(source.placeholders ?? {}), `${key} uses $${name}$`).toContain(name);
        const wanted = usedPlaceholders(source.message);
        // "تعليقان" (two comments) says its number in words: a form that holds one number only
        // may leave the count out; every other form shows it.
        if (plural && isSingleNumberCategory(tag, plural[2])) expect(wanted, key).toEqual(expect.arrayContaining(used));
        else expect(used, key).toEqual(wanted);
      }
    });

    it('translates every message (except the listed names and words)', () => {
      const messages = readMessages(code);
      const untranslated = Object.entries(messages)
        .filter(([key, entry]) => {
          const source = en[key] ?? en[`${PLURAL_KEY.exec(key)?.[1]}_other`];
          if (entry.message !== source.message) return false;
          const allowed = SAME_AS_ENGLISH[key];
          return !(allowed && (allowed.locales === '*' || allowed.locales.includes(code)));
        })
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });

    it('fits the store description limit (132 characters)', () => {
      expect([...readMessages(code).extDescription.message].length).toBeLessThanOrEqual(132);
    });
  });
});

describe('the translations in use', () => {
  const translator = (code: string) => createTranslator(createMessagesLookup(readMessages(code)), toTag(code));

  it.each([
    ['ru', [1, 2, 5, 21, 111], ['1 комментарий', '2 комментария', '5 комментариев', '21 комментарий', '111 комментариев']],
    ['uk', [1, 3, 11, 22], ['1 коментар', '3 коментарі', '11 коментарів', '22 коментарі']],
    ['ar', [1, 2, 3, 11, 100], ['تعليق واحد', 'تعليقان', '3 تعليقات', '11 تعليقًا', '100 تعليق']],
    ['de', [1, 4, 1234], ['1 Kommentar', '4 Kommentare', '1.234 Kommentare']],
    ['fr', [0, 1, 2, 1000000], ['0 commentaire', '1 commentaire', '2 commentaires', '1 000 000 de commentaires']],
    ['ja', [1, 4], ['コメント 1 件', 'コメント 4 件']],
  ])('%s: comment counts take the right plural form', (code, counts, expected) => {
    const t = translator(code);
    // Intl's own group separator (narrow no-break space in French) compared as a plain space.
    expect(counts.map((n) => t.plural('commentCount', n).replace(/[\u00a0\u202f]/g, ' '))).toEqual(expected);
  });

  it('formats numbers inside messages for the language (Persian digits)', () => {
    expect(translator('fa').t('commentsShown', [50, 312])).toBe('نمایش ۵۰ از ۳۱۲ دیدگاه');
    expect(translator('de').t('textSizeValue', [3, 7])).toBe('Größe 3 von 7');
  });

  it('lays Arabic and Persian out right to left, the others left to right', () => {
    const rtl = PROMISED.filter((code) => getLocaleDir(readMessages(code).messagesLocale.message) === 'rtl');
    expect(rtl).toEqual(['ar', 'fa']);
  });

  it.each([
    ['de', 'en-US', 'de'], // headless Chromium reports en-US while showing German
    ['de', 'de-AT', 'de-AT'], // same language: keep the regional formats
    ['en', 'he-IL', 'en'], // no Hebrew file: English strings, so English plurals and direction
    ['pt-BR', 'pt-BR', 'pt-BR'],
    ['', 'fr-CA', 'fr-CA'],
  ])('messages in %s, browser in %s -> %s', (messagesLocale, browserLocale, expected) => {
    expect(resolveUiLocale(messagesLocale, browserLocale)).toBe(expected);
  });
});
