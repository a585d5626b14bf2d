// Bytes → text with the charset the response declares (Content-Type), else the page's own
// <meta charset> / http-equiv, else UTF-8. Older Persian sites still serve windows-1256.
export function decodeBody(body: Uint8Array, contentTypeHeader: string | undefined): { text: string; charset: string } {
  const declared = /charset=["']?([\w.:-]+)/i.exec(contentTypeHeader ?? '')?.[1];
  const head = Buffer.from(body.subarray(0, 4096)).toString('latin1');
  const inPage = /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding=["']([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [declared, inPage, 'utf-8']) {
    if (!label) continue;
    try {
      const decoder = new TextDecoder(label.toLowerCase());
      return { text: decoder.decode(body), charset: decoder.encoding };
    } catch {
      // An unknown label: try the next one.
    }
  }
  return { text: new TextDecoder().decode(body), charset: 'utf-8' };
}
