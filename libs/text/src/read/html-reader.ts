import type { CheerioAPI } from 'cheerio';
import { CHROME_NAME, CHROME_SELECTORS } from './html-chrome';
import { blockText } from './html-text';
import { metadataFromLines, normaliseDate } from './metadata-lines';

export interface HtmlContent {
  text: string;
  title: string | null;
  date: string | null;
  publisher: string | null;
}

function metaContent($: CheerioAPI, names: string[]): string | null {
  for (const name of names) {
    const value = $(`meta[name="${name}" i], meta[property="${name}" i]`).first().attr('content')?.trim();
    if (value) return value;
  }
  return null;
}

function pageTitle($: CheerioAPI): string | null {
  const fromMeta = metaContent($, ['ArticleTitle', 'og:title', 'title']);
  const fromTag = $('title').first().text().trim() || $('h1').first().text().trim();
  return fromMeta ?? (fromTag.replace(/\s+/g, ' ') || null);
}

function removeChrome($: CheerioAPI): void {
  $(CHROME_SELECTORS).not('header, footer').remove();
  $('header, footer').filter((_, el) => $(el).closest('article').length === 0).remove();
  $('[class], [id]')
    .filter((_, el) => CHROME_NAME.test(`${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`))
    .remove();
  $('head').remove();
}

/** Main text and metadata of a saved government web page. */
export function readHtml(html: string): HtmlContent {
  // cheerio loads with the first page read (0.1 s), not with everything that imports this library
  const $ = (require('cheerio') as typeof import('cheerio')).load(html);
  const title = pageTitle($);
  const metaDate = normaliseDate(metaContent($, ['PubDate', 'publishdate', 'firstpublishedtime', 'article:published_time', 'date']));
  const metaPublisher = metaContent($, ['ContentSource', 'source', 'publisher']);
  removeChrome($);
  const text = blockText($.root()[0]);
  const fromLines = metadataFromLines(text);
  return { text, title, date: metaDate ?? fromLines.date, publisher: metaPublisher ?? fromLines.publisher };
}

/** Charset an HTML page declares in a meta tag, read from its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}
