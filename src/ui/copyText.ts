/**
 * Copies text, however the page is framed: the Clipboard API where allowed, else the older
 * execCommand route (which sandboxed frames often still permit). Resolves to whether it worked,
 * so the caller can fall back to showing the text selected for the reader to copy.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    // A frame whose policy forbids the Clipboard API would log a violation: skip straight on.
    if (navigator.clipboard?.writeText && clipboardAllowed()) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (sandboxed iframe, no permission): try the older route.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** False when the frame's permissions policy says the Clipboard API is off (Chromium can tell). */
function clipboardAllowed(): boolean {
  const policy = (document as { featurePolicy?: { allowsFeature(feature: string): boolean } })
    .featurePolicy;
  return policy?.allowsFeature('clipboard-write') ?? true;
}
