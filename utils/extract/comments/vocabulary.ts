/**
 * The words of a comment section, shared by the detectors (which find the thread and its region)
 * and by the cleanup step that removes what is left of the section afterwards
 * (declutter/remove-comment-chrome.ts): both must agree on what a comment section says and is
 * called, or cleanup would miss what the detectors left, or take what they kept.
 */
import { anyOf } from '../word-lists';

/** Words sites use for a comment section in class names and ids (tested anywhere in the name). */
export const COMMENT_NAME_RE = /comment|respon[sd]|discuss|reaction|repl(?:y|ies)|talkback|kommentar|commentaire|komment|forum|reader-?opinion|feedback-list/i;
/**
 * Names that look like the above but are not a thread: counters, links, widgets of recent
 * comments elsewhere on the site, reviews and testimonials (the "reviews" fixture).
 */
export const NOT_COMMENT_NAME_RE = /review|testimonial|count|number|link|rss|recent|latest|popular|most-|widget|sidebar|share|bubble|icon|toggle|-btn|button|teaser|nocomments?\b|no-comments/i;

/** Class/id tokens that name a whole comment section (matched as exact tokens by cleanup). */
export const COMMENT_SECTION_TOKEN = /^(?:comments?|kommentare|comment-?list|commentlist|comments?-(?:area|section|wrap|wrapper|container|block|box|thread|holder)|comment-?section|disqus_thread|disqus|respond|reply-?form|comment-?form|commentform|discussion|talkback|readers?-comments?)$/;

/** Headings of a comment section: "12 Comments", "Leave a reply", "What readers say". */
const COMMENT_HEADING_WORDS = {
  sections: ['comments?', 'responses?', 'reactions?', 'replies', 'discussion', 'thoughts? on', 'conversation', 'trackbacks?'],
  invitations: [
    'what (?:readers|people|you) (?:say|think)', 'leave a (?:reply|comment|response)', 'join the (?:discussion|conversation)',
    'post a comment', 'add (?:a |your )?comment', 'have your say',
  ],
};
/** After an optional count ("12", "one", "no") and whose ("Readers'", "Your"). */
export const COMMENT_HEADING_RE = new RegExp(
  `^\\s*(?:\\d+\\s+|one\\s+|no\\s+)?(?:(?:reader|user|your|visitor)s?['’]?\\s+)?(?:${anyOf(...Object.values(COMMENT_HEADING_WORDS))})\\b`,
  'i',
);

/** The comment form, as blog engines and plugins name it. */
export const COMMENT_FORM_SELECTOR = '#respond, .comment-respond, #commentform, form#commentform, .comment-form, #comment-form, .comments-form, form[action*="comment"], #comment-form-wrapper, .post-comment-form';

/** A closed or sorted thread, and its rules: said the same way by every engine. */
const CLOSED_SORTED_POLICY = ['comments? (?:are|is) (?:now )?closed', 'comment sorting', 'comments? policy'];

/** Notices the detectors take with the section (matched anywhere in a line or short element). */
export const COMMENT_NOTICE_RE = new RegExp(
  anyOf(
    ['forum has been closed'],
    CLOSED_SORTED_POLICY,
    ['sort (?:comments|by)', 'newest first', 'oldest first'],
    ['log ?in to (?:comment|reply)', 'sign in to comment', 'you must be logged in'],
    ['leave a (?:reply|comment)', 'post a comment'],
    ['subscribe to comments', 'rss feed for comments', 'trackback url'],
  ),
  'i',
);

/** Short boilerplate of a comment section, which cleanup removes when it is an element's whole text. */
export const COMMENT_CHROME_PHRASES: readonly string[] = [
  'this (?:forum|discussion|thread) (?:has been|is) closed',
  ...CLOSED_SORTED_POLICY,
  'sort (?:comments )?by',
  '(?:post|leave|add|write|submit) (?:a |your )?(?:comment|reply|response)',
  '(?:log|sign) ?in (?:to|or register to) (?:comment|reply|post|join)',
  'you must be (?:logged|signed) in to (?:post a )?comment',
  'join the (?:conversation|discussion)',
  '(?:show|view|read|load|see|hide) (?:all )?(?:\\d+ )?(?:more )?comments',
  '(?:\\d+|no|one) (?:comments?|responses?|replies|reactions)(?: yet)?',
  '(?:\\d+ |(?:noch )?keine )?kommentare(?: insgesamt)?',
  'comments? \\(\\d+\\)',
  'be the first to comment',
  'comment (?:rules|guidelines)',
  'reply to this comment',
  'comments(?: and reactions)?',
  'community guidelines',
  'trackback(?: ur[il](?: for this (?:entry|post))?)?:?',
  // A thread's own feed link and its closing line, as blog engines print them under a post.
  'rss feed for comments on this (?:post|entry)',
  "this (?:post|entry)['’]s comment feed",
  '(?:the )?comments (?:to|on|for) this (?:entry|post) (?:are|is) closed',
  '(?:\\d+ )?comments? so far(?:\\W+add yours)?',
  'trackbacks?(?: and pingbacks)?',
  '(?:\\d+ )?pingbacks?',
];

/**
 * The sentences blog engines print around a comment section ("You can follow any responses to
 * this entry through the RSS 2.0 feed.", "You may use these HTML tags and attributes: …").
 */
export const COMMENT_ENGINE_SENTENCE_RE = new RegExp(
  anyOf([
    'you can follow any (?:responses|comments) to this (?:entry|post)',
    'you can (?:leave a response|skip to the end and leave a response)',
    '(?:both )?comments and pings are (?:currently )?closed',
    'responses are currently closed',
    'you may use these (?:html )?tags and attributes',
    'your email address will not be published',
    'notify me of (?:follow-up|new) comments',
    'required fields are marked',
    'kommentieren zu können, müssen sie',
    'listed below are links to (?:weblogs|blogs|sites) that reference',
  ]),
  'i',
);
