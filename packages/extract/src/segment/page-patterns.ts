/**
 * Layout vocabulary of scraped news pages, kept as data so it can grow without touching the
 * segmentation logic. Everything here describes page chrome (widgets, section headers, credit
 * lines) that recurs across sites; nothing is specific to one page.
 */

/** Whole-line interface labels: a line that is exactly one of these (ignoring case and trailing punctuation) is chrome. */
export const UI_LABELS: readonly string[] = [
  'hashtags', 'tags', 'topics', 'share', 'share this', 'share this article', 'share this story', 'share article',
  'share on', 'share via', 'advertisement', 'advertisements', 'sponsored', 'sponsored content', 'ad', 'menu', 'home',
  'log in', 'login', 'sign in', 'sign up', 'register', 'subscribe', 'subscribe now', 'newsletter', 'print', 'email',
  'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'pinterest', 'copy link', 'copied',
  'follow us', 'follow', 'read less', 'show more', 'show less', 'load more', 'see more', 'view comments',
  'post comment', 'post a comment', 'leave a comment', 'add a comment', 'add comment', 'comment', 'listen',
  'listen to this article', 'save', 'bookmark', 'gift this article', 'skip to content', 'back to top', 'top',
  'close', 'next', 'previous', 'prev', 'next article', 'previous article', 'story continues below',
  'story continues below advertisement', 'continue reading', 'continue reading below', 'click here',
];

/**
 * Section headers that end the story above and announce other material (teasers, comments).
 * `related` sections hold teaser articles; `comments` sections hold reader text that is dropped.
 */
export const SECTION_HEADERS: ReadonlyMap<string, 'related' | 'comments'> = new Map([
  ['related articles', 'related'], ['related stories', 'related'], ['related news', 'related'], ['related', 'related'],
  ['related content', 'related'], ['related coverage', 'related'], ['related posts', 'related'],
  ['read more', 'related'], ['read next', 'related'], ['read also', 'related'], ['also read', 'related'],
  ['more stories', 'related'], ['more news', 'related'], ['more from this section', 'related'],
  ['you may also like', 'related'], ['you might also like', 'related'], ['you may like', 'related'],
  ['recommended', 'related'], ['recommended for you', 'related'], ['recommended stories', 'related'],
  ['see also', 'related'], ['trending', 'related'], ['trending now', 'related'], ['trending stories', 'related'],
  ['popular', 'related'], ['popular now', 'related'], ['most read', 'related'], ['most popular', 'related'],
  ['most viewed', 'related'], ['top stories', 'related'], ['latest news', 'related'], ['latest stories', 'related'],
  ['latest', 'related'], ["editor's picks", 'related'], ['editors picks', 'related'], ['what to read next', 'related'],
  ['in other news', 'related'], ['more on this story', 'related'], ['around the web', 'related'],
  ['comments', 'comments'], ['reader comments', 'comments'], ['join the conversation', 'comments'],
  ['conversation', 'comments'],
]);

/** First words of calls to action ("Try Our AI Features", "Explore what … can do for you:"). */
export const CTA_VERBS: ReadonlySet<string> = new Set([
  'try', 'explore', 'subscribe', 'sign', 'download', 'follow', 'share', 'click', 'join', 'get', 'watch', 'listen',
  'read', 'discover', 'see', 'check', 'tap', 'install', 'register', 'log', 'continue', 'unlock', 'support', 'donate',
  'view', 'visit', 'catch', 'stay', 'add',
]);

/** Social networks and share targets, for "Facebook | Twitter | WhatsApp"-style share blocks. */
export const SHARE_TARGETS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'pinterest', 'email', 'e-mail', 'mail',
  'print', 'copy', 'link', 'copy link', 'share', 'messenger', 'threads', 'bluesky', 'sms', 'tumblr', 'flipboard',
]);

/**
 * Whole-line boilerplate by shape: disclaimers, copyright notices, comment counters, photo credits,
 * newsletter blurbs. Tested against the trimmed line.
 */
export const BOILERPLATE_LINE_PATTERNS: readonly RegExp[] = [
  /^disclaimer\b/i,
  /^(copyright\b|©|\(c\)\s)/i,
  /\ball rights reserved\b/i,
  /^(no|\d+|view all|show all|view|show)\s+comments?\b/i,
  /^be the first to comment\b/i,
  /^(photo|image|picture|file photo|video|representational image|representative image)s?\s*(credit)?\s*[:|(]/i,
  /^(get|receive) (the )?(latest|best|top)\b.*\b(inbox|newsletter|alerts?)\b/i,
  /^(this|the) (story|article|report) (has been|was|is) (auto-)?(generated|published) from (a|an) (wire|syndicated|agency)\b/i,
  /^(edited|compiled|reporting|writing|additional reporting) by\b/i,
  /^first published\s*:/i,
  /^for (the )?latest (news|updates)\b/i,
  /^(catch|stay updated with) (all )?(the )?latest\b/i,
  /^(download|get) (the|our) app\b/i,
];

/**
 * Credit lines naming the outlet of the story above ("More stories like this are available on
 * bloomberg.com", "Source: Reuters", "This article originally appeared on The Conversation").
 * Group `outlet` captures the outlet or its domain.
 */
export const CREDIT_PATTERNS: readonly RegExp[] = [
  /^more (?:stories|news|articles|coverage)(?: like this)? (?:are |is )?available (?:on|at)\s+(?<outlet>[^\s]+?)\.?$/i,
  /^(?:this (?:story|article|report) )?(?:was |has been )?(?:originally )?(?:published|appeared|first appeared) (?:on|in|at|by)\s+(?<outlet>[^.,]{2,60}?)\.?$/i,
  /^originally published (?:on|in|at|by)\s+(?<outlet>[^.,]{2,60}?)\.?$/i,
  /^source\s*:\s*(?<outlet>[^.,]{2,60}?)\.?$/i,
  /^(?:courtesy|via)\s*:?\s+(?<outlet>[^.,]{2,60}?)\.?$/i,
  /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?<outlet>[A-Z][^.,]{1,60}?)\.?(?:\s+all rights reserved\.?)?$/i,
];

/**
 * Markers of "read this other story" links ("ALSO READ| …", "READ MORE: …", "WATCH - …"), usually
 * all-caps or title case and followed by a separator. The headline that follows is dropped with it.
 */
export const LINK_MARKER = /(?<![\p{L}\p{N}])(?:ALSO READ|Also Read|Also read|READ ALSO|Read Also|READ MORE|Read More|SEE ALSO|See Also|MUST READ|Must Read|WATCH|Watch|RELATED|Related|READ|Read)\s*(?:[|:–—]|-(?=\s)|>>)\s*/gu;

/** Trailing "read more" links glued to the end of a teaser paragraph. */
export const TRAILING_LINK = /\s+(?:Read More|Read more|READ MORE|Continue Reading|Continue reading|CONTINUE READING|Read the full story|Read full story|Read full article|Read the full article|Full story|Click here to read more|\[…\]|\[\.\.\.\])\s*(?:[»›→>]+)?\s*$/u;

/**
 * Words that start a new sentence after a link headline that ran straight on into the text
 * ("ALSO READ| Lavrov's first speech … Ukraine However, in 2020 …").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'However', 'But', 'Meanwhile', 'Earlier', 'Later', 'Notably', 'Also', 'Separately', 'Moreover', 'Furthermore',
  'Additionally', 'Still', 'Yet', 'Now', 'Today', 'Yesterday', 'Last', 'This', 'These', 'Those', 'The', 'In', 'On',
  'At', 'After', 'Before', 'While', 'When', 'It', 'He', 'She', 'They', 'We', 'I', 'Her', 'His', 'Their', 'Its',
  'According', 'Officials', 'Following', 'Despite', 'Although', 'Since', 'As', 'Meanwhile,', 'Instead', 'Then',
]);

/** Outlet names for well-known domains; other domains fall back to their capitalised main label. */
export const OUTLET_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['bloomberg.com', 'Bloomberg'], ['reuters.com', 'Reuters'], ['apnews.com', 'Associated Press'],
  ['bbc.com', 'BBC'], ['bbc.co.uk', 'BBC'], ['nytimes.com', 'The New York Times'],
  ['washingtonpost.com', 'The Washington Post'], ['theguardian.com', 'The Guardian'], ['ft.com', 'Financial Times'],
  ['wsj.com', 'The Wall Street Journal'], ['cnn.com', 'CNN'], ['aljazeera.com', 'Al Jazeera'],
  ['timesofindia.indiatimes.com', 'Times of India'], ['indiatimes.com', 'Times of India'],
  ['hindustantimes.com', 'Hindustan Times'], ['ndtv.com', 'NDTV'], ['aninews.in', 'ANI'],
  ['theconversation.com', 'The Conversation'], ['npr.org', 'NPR'], ['politico.com', 'Politico'],
  ['foxnews.com', 'Fox News'], ['nbcnews.com', 'NBC News'], ['cbsnews.com', 'CBS News'], ['abcnews.go.com', 'ABC News'],
  ['dw.com', 'Deutsche Welle'], ['france24.com', 'France 24'], ['afp.com', 'AFP'], ['yonhapnews.co.kr', 'Yonhap'],
  ['koreaherald.com', 'The Korea Herald'], ['koreatimes.co.kr', 'The Korea Times'], ['scmp.com', 'South China Morning Post'],
  ['economist.com', 'The Economist'], ['axios.com', 'Axios'], ['cnbc.com', 'CNBC'], ['forbes.com', 'Forbes'],
]);
