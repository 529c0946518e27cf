/**
 * Calls to action inside the article: "Follow us on Twitter", "Nos siga no Google News", "¿Ya
 * sabías que tenemos canal de Telegram?", "Abonnieren Sie kostenlos unseren Newsletter", "Werden
 * Sie Mitglied", "Get the latest news straight to your phone with the … app". Sites put them as a
 * short line right after (or between) the story's paragraphs, where vanilla Readability keeps
 * them. Signal: a short line with no block inside it (a paragraph, a caption, a small box) whose
 * text holds one of these phrases, in several languages. The English newsletter sign-up pitches
 * are remove-newsletter-boxes' (with its email field and class signals); this step takes the
 * other languages' and the follow / channel / app / membership lines, and the page's widget labels
 * left as lines ("Bild anzeigen", "Rate this article", an image viewer's "Expand", "Close",
 * "Caption").
 * Motivated by calls-to-action.html.
 */
import { shortLineStep } from './short-lines';
import { anyOf } from '../word-lists';

/**
 * The phrases that leave room for a name ("Follow the Harbour Post on Instagram", "join our
 * Harbour group on WhatsApp", "unseren Hafen-Newsletter"), in letters of any script: a `\p{L}`
 * class, which needs Unicode mode. They are kept apart from the rest, which is compiled without
 * it (see word-lists.ts, and CALL_TO_ACTION below).
 */
const FOLLOW_NAMED = 'follow (?:us|[\\p{L}\\d .\'’]{2,40}) on (?:twitter|facebook|instagram|telegram|whatsapp|tiktok|youtube|linkedin|google news|threads)';
const PITCHES_NAMED = [
  'join (?:us|our [\\p{L} ]{0,20}) on (?:telegram|whatsapp)',
  'abonnieren sie (?:jetzt )?(?:kostenlos )?(?:unseren|den|die|das) [\\p{L}-]*newsletter',
  'besuchen sie unseren [\\p{L}-]*shop',
];
/** "Follow us on …" in a few languages. */
const FOLLOW_US = [
  'folg(?:en sie|t|e) uns (?:auf|bei|in)', 'síg(?:uenos|annos) en', 'nos siga n[oa]s?', 'siga-nos n[oa]', 'suivez-nous sur', 'seguici su',
  'obserwuj nas', 'volg ons op',
];
/** "We have a Telegram channel", "join our WhatsApp group". */
const JOIN_CHANNEL = [
  '(?:tenemos|únete a nuestro) (?:un )?canal de (?:telegram|whatsapp)',
  'join our (?:telegram|whatsapp) (?:channel|group)', 'unser(?:en|em)? (?:telegram|whatsapp)[- ]kanal',
];
/** The site's own app, worded as a pitch (an article about an app says "get the app" too). */
const OWN_APP = ['news straight to your phone with the', 'laden sie (?:sich )?(?:jetzt )?unsere (?:kostenlose )?app', 'descarga nuestra app', 'baixe (?:o )?nosso app'];
/** Newsletter pitches in other languages, and English ones the newsletter step's phrases miss. */
const NEWSLETTER_PITCH = [
  '(?:zum|für den) newsletter anmelden', 'newsletter abonnieren',
  'suscríbete a (?:nuestro|nuestra) (?:boletín|newsletter)', '(?:inscrivez|abonnez)-vous à (?:notre|la) newsletter', 'iscriviti alla (?:nostra )?newsletter',
  'zapisz się do newslettera', 'assine (?:a )?nossa newsletter', 'by e-?mail and never miss', 'do you want to be informed of',
];
/** Membership and shop pitches. */
const MEMBERSHIP = [
  'werden sie (?:jetzt )?mitglied', 'already a subscriber', 'first-time subscribers', 'hazte socio',
];
/**
 * The labels of the page's own widgets written as lines of their own: an image viewer's "Bild
 * anzeigen", a list's "back to the list", a rating widget's "rate this article", a basket's
 * "added" notice, a next-story preview's label. Only as the whole line: inside a sentence they
 * are the story's words.
 */
const WIDGET_LABEL = [
  '(?:bild|foto|image|photo|picture) (?:anzeigen|ansehen|vergrößern)', 'view (?:larger )?(?:image|photo|picture)', 'show (?:image|photo)',
  'zurück zur (?:listenansicht|übersicht)', 'back to (?:the )?(?:list|overview)', 'retour à la liste', 'volver al listado',
  '(?:hier können sie )?(?:den|diesen) artikel bewerten', 'rate this (?:article|story|post)', 'notez cet article', 'valora este artículo',
  '(?:der )?artikel wurde (?:erfolgreich )?(?:hinzugefügt|in den warenkorb gelegt)', '(?:item|product) (?:was )?(?:successfully )?added to (?:your )?(?:cart|basket)',
  'vorschau auf den nächsten artikel', 'preview (?:of )?the next (?:article|story)',
  // An image viewer's own controls, left as lines under a picture.
  'expand(?: (?:image|photo))?', 'close(?: (?:gallery|lightbox|image))?', '(?:show|hide|toggle) caption', 'caption',
  'open (?:image )?in (?:a )?(?:lightbox|gallery|new window)', '(?:image|photo) \\d+ (?:of|/) \\d+',
];
/**
 * "Follow us" only opens the line: inside a sentence ("officials asked residents to follow the
 * agency on Twitter") it is the story's.
 */
const LINE_START = '^[\\s¡¿»“"-]*';
/**
 * Two expressions, one test: the phrases with a name in Unicode mode, the rest without it, which
 * compiles several times faster (see word-lists.ts): as one `iu` expression the list took 2.3 ms
 * of the first click on the seed page in Chromium, as these two 1.3 ms.
 */
const CALL_TO_ACTION = [
  new RegExp(`${LINE_START}(?:${anyOf(FOLLOW_US)})|^\\s*(?:${anyOf(WIDGET_LABEL)})[\\s.:!]*$|${anyOf(JOIN_CHANNEL, OWN_APP, NEWSLETTER_PITCH, MEMBERSHIP)}`, 'i'),
  new RegExp(`${LINE_START}(?:${FOLLOW_NAMED})|${anyOf(PITCHES_NAMED)}`, 'iu'),
];

/** Longest line looked at: a pitch is a sentence or two. */
const MAX_LINE = 300;

export const removeCallsToAction = shortLineStep('remove-calls-to-action', MAX_LINE, (text) => CALL_TO_ACTION.some((re) => re.test(text)), 'call to action');
