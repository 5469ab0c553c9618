/**
 * Text made safe to write into HTML, XML or SVG, in an element or a quoted attribute: the one
 * escaper of the page heads, the share cards, the sitemap and the embed code.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
