// Constant tables the extractor's heuristics read. Module-level constants only (no mutable state).

/** Elements whose content is never reader-visible prose: skipped while parsing. */
export const SKIP_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select',
  'textarea', 'button', 'video', 'audio', 'map', 'head', 'dialog',
]);

/** Elements that start a new text block; everything else (span, a, em, font...) is inline and joins the current block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  '#document', 'html', 'body', 'main', 'article', 'section', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure',
  'figcaption', 'form', 'fieldset', 'legend', 'address', 'hr', 'header', 'footer', 'nav', 'aside', 'center',
  'details', 'summary', 'menu', 'hgroup', 'picture', 'label', 'option',
]);

/** Blocks that are themselves a paragraph: their container is their parent (readability's "p-like" elements). */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([
  'p', 'pre', 'blockquote', 'li', 'td', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'address',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Page furniture by tag: navigation, side boxes, page footers and headers, forms. */
export const BOILERPLATE_TAGS: ReadonlyMap<string, string> = new Map([
  ['nav', 'navigation'],
  ['aside', 'aside box'],
  ['footer', 'page footer'],
  ['header', 'page header'],
  ['form', 'form'],
  ['menu', 'menu'],
  ['figcaption', 'image caption'],
]);

/** ARIA landmark roles that are never the article body. */
export const BOILERPLATE_ROLES: ReadonlyMap<string, string> = new Map([
  ['navigation', 'navigation'],
  ['banner', 'page header'],
  ['contentinfo', 'page footer'],
  ['complementary', 'aside box'],
  ['search', 'search box'],
  ['dialog', 'dialog'],
  ['alertdialog', 'dialog'],
  ['menu', 'menu'],
  ['menubar', 'menu'],
  ['toolbar', 'toolbar'],
]);

/**
 * class/id fragments of page furniture, each with the reason reported for the blocks it removes. Matched against
 * `class + " " + id`, lower-cased, at word-ish boundaries (start, or after - _ space) so "shared" in "is-shared-content"
 * matches but "subheader" does not match "header". First match wins, so the more specific entries come first.
 * `smallBox` names furniture that is small by nature (a byline, a caption, a widget, a tag list, a print button): an
 * element so named that nevertheless holds paragraphs of prose is the article under a misleading name
 * (`class="entry author-sarah"`, Elementor's `elementor-widget`, Bootstrap's `hidden-xs`).
 */
export const BOILERPLATE_CLASS_PATTERNS: readonly { readonly re: RegExp; readonly reason: string; readonly rule: string; readonly smallBox?: true }[] = [
  { re: /(?:^|[\s_-])(?:cookie|consent|gdpr|cmp)(?:$|[\s_-]|s\b|banner)/, reason: 'cookie banner', rule: 'boilerplate/cookie' },
  { re: /(?:^|[\s_-])(?:comments?|disqus|replies|respond|discussion|comment-list|commentlist)(?:$|[\s_-])/, reason: 'comments', rule: 'boilerplate/comments' },
  { re: /(?:^|[\s_-])(?:share|sharing|social|sharetools|share-bar|addthis|sociable|follow-us)(?:$|[\s_-]|bar|tools|buttons)/, reason: 'share widget', rule: 'boilerplate/share' },
  { re: /(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up|registration|paywall|piano|regwall)(?:$|[\s_-])/, reason: 'newsletter box', rule: 'boilerplate/newsletter' },
  { re: /(?:^|[\s_-])(?:related|recirc|recirculation|more-stories|more-from|read-more|readmore|read-next|up-next|recommended|recommendations|trending|most-popular|mostpopular|popular|outbrain|taboola|you-may-like|also-read)(?:$|[\s_-]|s\b|stories|posts|articles|links|content)/, reason: 'related-post teaser', rule: 'boilerplate/related' },
  { re: /(?:^|[\s_-])(?:ad|ads|advert|advertisement|advertising|adslot|ad-slot|adunit|ad-container|ad-wrapper|dfp|gpt|sponsor|sponsored|promo|promotion|native-ad|commercial|banner-ad|adsense|doubleclick)(?:$|[\s_-]|\d)/, reason: 'advertisement', rule: 'boilerplate/ad' },
  { re: /(?:^|[\s_-])(?:breadcrumbs?|crumbs|pagination|pager|skip-link|skiplink|back-to-top)(?:$|[\s_-])/, reason: 'navigation', rule: 'boilerplate/navigation' },
  { re: /(?:^|[\s_-])(?:nav|navbar|navigation|menu|masthead|site-header|global-header|topbar|top-bar|header-nav)(?:$|[\s_-])/, reason: 'navigation', rule: 'boilerplate/navigation' },
  { re: /(?:^|[\s_-])(?:sidebar|side-bar|rail|right-rail|widget|widgets|sidebox)(?:$|[\s_-])/, reason: 'sidebar', rule: 'boilerplate/sidebar', smallBox: true },
  { re: /(?:^|[\s_-])(?:footer|site-footer|global-footer|copyright|colophon)(?:$|[\s_-])/, reason: 'page footer', rule: 'boilerplate/footer' },
  { re: /(?:^|[\s_-])(?:modal|popup|pop-up|overlay|lightbox|toast)(?:$|[\s_-])/, reason: 'popup', rule: 'boilerplate/popup' },
  { re: /(?:^|[\s_-])(?:tags|tag-list|taglist|tagcloud|keywords|topics-list|article-tags|post-tags|categories)(?:$|[\s_-])/, reason: 'tag list', rule: 'boilerplate/tags', smallBox: true },
  { re: /(?:^|[\s_-])(?:author-bio|author-box|authorbox|about-author|author-info|bio-box|byline|author|contributor|dateline|timestamp|published|post-meta|article-meta|entry-meta|meta-data|metadata)(?:$|[\s_-])/, reason: 'byline or metadata', rule: 'boilerplate/meta', smallBox: true },
  // "caption" anywhere: CMSs glue it to other words (newsCaption, imgcaption, wp-caption-text).
  { re: /caption|(?:^|[\s_-])(?:credit|image-credit|photo-credit)(?:$|[\s_-])/, reason: 'image caption', rule: 'boilerplate/caption', smallBox: true },
  { re: /(?:^|[\s_-])(?:print|toolbar|tools|utility|actions|print-only|sr-only|visually-hidden|screen-reader-text|hidden|hide)(?:$|[\s_-])/, reason: 'page tool', rule: 'boilerplate/tool', smallBox: true },
];

/**
 * CSS frameworks' hiding classes (Bootstrap's collapse / d-none, Bulma's is-hidden): a collapsed panel is not shown
 * unless the class list also says it is open (show, in) or visible from some screen width on (d-md-block).
 */
export const COLLAPSED_CLASS = /^(?!.*(?:^|\s)(?:show|in|open|active|d-(?:sm|md|lg|xl|xxl)-(?!none)\w+)(?:\s|$)).*(?:^|\s)(?:collapse|d-none|is-hidden|invisible)(?:\s|$)/;

/** Embedded posts (tweets, Instagram) are quoted material the article shows, not share buttons. */
export const EMBED_CLASS = /(?:^|[\s_-])(?:embed|embedded|twitter-tweet|instagram-media|tiktok-embed|social-media-embed)(?:$|[\s_-])/;

/**
 * class/id fragments that mark a likely article container (readability's "positive" list plus common CMS names):
 * they add a bonus to a candidate's score.
 */
export const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-text|richtext/;

/** class/id fragments that mark a container unlikely to be the article (readability's "negative" list). */
export const NEGATIVE_CLASS = /-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|nav|menu|recirc|newsletter/;

/**
 * Whole-block texts that are UI chrome even inside the article container ("Advertisement", "Share this article",
 * "Read more: ..."). Anchored: a real sentence that merely contains these words is kept.
 */
export const BOILERPLATE_TEXT: readonly { readonly re: RegExp; readonly reason: string }[] = [
  { re: /^(?:advert|adverts|anzeige|publicidad|publicidade|publicité|pubblicità|werbung|iklan|reklama|annonce|annons|mainos)\W*$/i, reason: 'advertisement label' },
  { re: /^(?:filed under|posted in|categories|category|tags|tagged|tagged with|topics)\s*:.{0,200}$/i, reason: 'tag list' },
  // WordPress shortcodes that a plugin failed to render ("[button link=...]Send us...[/button]").
  { re: /^\[(\w+)\b[^\]]*\].{0,300}\[\/\1\]$/, reason: 'CMS shortcode' },
  { re: /^(?:this (?:slideshow|video|content|feature) requires javascript|please enable javascript|your browser does not support)\b.{0,120}$/i, reason: 'script notice' },
  { re: /^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Rr]eported by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da|di))*(?:\s*(?:[-|,•·]|and)\s*.{0,80})?$/u, reason: 'byline' },
  { re: /^(?:updated|published|posted|last updated|last modified|first published|aktualisiert|veröffentlicht|stand|mis à jour|publié le|actualizado|publicado|aggiornato|pubblicato)(?:\s+(?:at|on|am|le|el|il))?\s*:?\s*.{0,60}$/i, reason: 'dateline' },
  // A block that is only a date and time ("Nov. 20, 2019, 9:28 AM UTC", "20 November 2019 09:28") is a timestamp.
  { re: /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:\s*(?:,|at|-|–|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*$/iu, reason: 'dateline' },
  { re: /^(?:don'?t miss|must read|read also|see more|watch|watch now|listen|more:|related:|read:|recommended:)\W{0,3}$/i, reason: 'related-post teaser' },
  { re: /^.{0,80}(?:getty images|shutterstock|afp|reuters|associated press|ap photo|bloomberg|epa|istock(?:photo)?)$/i, reason: 'image credit' },
  { re: /^(?:advertisement|advertisements?|sponsored|sponsored content|sponsored links|paid content|ad|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|article continues below(?: this ad)?)\W*$/i, reason: 'advertisement label' },
  { re: /^follow\s.{0,60}\bon\s+(?:twitter|facebook|instagram|linkedin|youtube|tiktok|x)\b.{0,80}$/i, reason: 'share widget' },
  { re: /^(?:share|share this(?: article| story| post)?|share on \w+|tweet|email|print|comments?|\d+ comments?|follow us|click to share|save|copy link|copied|link copied)\W*$/i, reason: 'share widget' },
  { re: /^(?:read more|related|related articles|related stories|related content|more from|more on this|see also|recommended|you may also like|also read|read next|most popular|trending now|more stories)\b.{0,120}$/i, reason: 'related-post teaser' },
  { re: /^(?:sign up|subscribe|get our|join our|register)\b.{0,200}(?:newsletter|inbox|email|updates|subscribe|free)\W*$/i, reason: 'newsletter box' },
  { re: /^(?:subscribe|sign up|sign in|log in|register|subscribe now|subscribe to \S.{0,120})\W*$/i, reason: 'newsletter box' },
  { re: /^more\b.{0,40}\b(?:stories|news|articles|coverage|videos|reading|headlines)\W*$/i, reason: 'related-post teaser' },
  { re: /^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing|using) (?:to use )?this (?:web)?site)/i, reason: 'cookie banner' },
  { re: /^(?:image|photo|picture|video|graphic)(?:\s+(?:credit|courtesy|source))?\s*:/i, reason: 'image credit' },
  { re: /^(?:copyright|©|\(c\))\s.{0,200}$/i, reason: 'copyright line' },
  { re: /^(?:all rights reserved|this material may not be published|getty images|ap photo|reuters\/)\b.{0,200}$/i, reason: 'copyright line' },
];
