/**
 * A post's own filing lines, written as text in the article: "24.01.2022 11:38 Kategorie: News",
 * "Category: Press Releases", "Posted in: Sidelines", "Tagged as:", "4 Min Read", and the closing
 * lines of blog themes ("This entry was posted in News. Bookmark the permalink.", "Der Beitrag
 * wurde am … veröffentlicht und wurde unter … abgelegt"). They file the post or time it, and are
 * no part of its story. Signals, on short lines with no block
 * inside: the line opens with a filing label and a colon (after a date at most), or it is one of the
 * themes' filing sentences, or a reading-time note. Page metadata is read before cleanup, so the
 * date the reader shows does not depend on these lines.
 * Motivated by post-meta-lines.html.
 */
import { shortLineStep } from './short-lines';
import { anyOf } from '../word-lists';

/**
 * Labels of a post's filing lines, several languages. Date labels ("Posted:", "Veröffentlicht:")
 * are left out: the corpora disagree on a dateline under the headline (one annotates it as part of
 * the article, another as boilerplate), and removing it cost more than it gained.
 */
const META_LABELS = ['category', 'categories', 'filed under', 'posted in', 'tagged as', 'kategorie', 'kategorien', 'rubrik', 'catégorie', 'categoría', 'categoria', 'kategoria'];
/** A date or time in front of the label ("24.01.2022 11:38 Kategorie: News"). */
const LEADING_DATE = '(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4},?\\s*(?:\\d{1,2}:\\d{2}(?:\\s*uhr)?)?\\s*)?';
const META_LINE = new RegExp(`^${LEADING_DATE}(?:${anyOf(META_LABELS)})\\s*[:：]`, 'i');

/** Blog themes' filing sentences, under the post. */
const FILING_SENTENCE = new RegExp(
  anyOf([
    '^this (?:entry|post|article) was posted\\b',
    'bookmark the permalink',
    '^(?:der|dieser) (?:beitrag|eintrag|artikel) wurde (?:am|unter)\\b[^]{0,200}(?:veröffentlicht|abgelegt)',
  ]),
  'i',
);
/** "4 Min Read", "Lesezeit: 3 Minuten", "5 min de lecture". */
const READING_TIME = /^(?:\d+\s*min(?:ute)?s?\.?\s*(?:read|de lecture|di lettura|de lectura|lesezeit)|(?:lesezeit|reading time|temps de lecture|tiempo de lectura)\s*[:：]?\s*(?:ca\.\s*)?\d+\s*min\w*\.?)$/i;

/** Longest meta line looked at. */
const MAX_LINE = 200;

export const removePostMetaLines = shortLineStep(
  'remove-post-meta-lines',
  MAX_LINE,
  (text) => META_LINE.test(text) || FILING_SENTENCE.test(text) || READING_TIME.test(text),
  'post meta line',
);
