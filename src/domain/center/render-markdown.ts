import MarkdownIt from 'markdown-it';

/**
 * Knowledge-base markdown → HTML, safely: raw HTML in the source is escaped (html: false), and links
 * or images with `javascript:`, `vbscript:`, `file:` or non-image `data:` URLs are dropped by
 * markdown-it's link validation. Everything the portal shows of an article goes through here.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));

// External links open safely in a new tab; internal (relative) links stay in the portal.
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const href = token?.attrGet('href') ?? '';
  if (token && /^https?:\/\//i.test(href)) {
    token.attrSet('rel', 'noopener noreferrer');
    token.attrSet('target', '_blank');
  }
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
