import { execFileSync } from 'node:child_process';

export type PdfText = {
  path: string;
  pages: number;
  /** The text of each page, laid out (`pdftotext -layout`); index 0 is page 1. */
  pageTexts: string[];
  /** The text of each page in reading order (`pdftotext` without -layout: columns stay apart). */
  rawPageTexts: string[];
  /** All pages, laid out, joined. */
  text: string;
};

function pdftotext(path: string, page: number, layout: boolean): string {
  const args = [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

/** Reads a PDF back with poppler (pdfinfo for the page count, pdftotext page by page). */
export function readPdf(path: string): PdfText {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)$/m.exec(info);
  if (!match) throw new Error(`pdfinfo reported no page count:\n${info}`);
  const pages = Number(match[1]);
  const numbers = Array.from({ length: pages }, (_, index) => index + 1);
  const pageTexts = numbers.map((page) => pdftotext(path, page, true));
  const rawPageTexts = numbers.map((page) => pdftotext(path, page, false));
  return { path, pages, pageTexts, rawPageTexts, text: pageTexts.join('\n') };
}

/**
 * Tells whether the first `lastPage` pages hold this text, whitespace-insensitive, in either the laid-out text or the
 * reading-order text (a paragraph beside another column is only contiguous in the latter).
 */
export function onPages(pdf: PdfText, text: string, lastPage = pdf.pages): boolean {
  const wanted = squash(text);
  return [pdf.pageTexts, pdf.rawPageTexts].some((texts) => squash(texts.slice(0, lastPage).join('\n')).includes(wanted));
}

/** Collapses runs of whitespace (line breaks of the layout included) to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The 1-based numbers of the pages whose text contains `needle` (whitespace-insensitive). */
export function pagesWith(pdf: PdfText, needle: string): number[] {
  const wanted = squash(needle);
  return pdf.pageTexts.flatMap((text, index) => (squash(text).includes(wanted) ? [index + 1] : []));
}

export type PdfWord = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The words of one page with their boxes in points (`pdftotext -bbox`). */
export function readWords(path: string, page: number): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'], {
    encoding: 'utf8',
  });
  const words: PdfWord[] = [];
  for (const match of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    words.push({
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      yMax: Number(match[4]),
      text: match[5]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!),
    });
  }
  return words;
}

/** A word's vertical middle: lines and rows go by it, as a fallback glyph's box (the priority star) is taller than the text's. */
const middle = (w: PdfWord) => (w.yMin + w.yMax) / 2;

/** Joins words in reading order: line by line (by their middle), left to right. */
function joinWords(words: PdfWord[]): string {
  return [...words]
    .sort((a, b) => (Math.abs(middle(a) - middle(b)) > 2 ? middle(a) - middle(b) : a.xMin - b.xMin))
    .map((w) => w.text)
    .join(' ');
}

export type PdfTableRow = { cells: [string, string, string]; page: number };

/**
 * Reads a printed table of three columns (label, right-aligned number, text) back from the PDF by the positions of its
 * words, so cells that wrap onto two lines, and text printed beside the table, do not mix up the rows.
 * `headers` are the column headings as printed (upper case in this app's print CSS); rows are anchored on the number.
 */
export function readTable(pdf: { path: string; pages: number }, headers: [string, string, string], rowCount: number): PdfTableRow[] {
  for (let page = 1; page <= pdf.pages; page++) {
    const words = readWords(pdf.path, page);
    const [first, number, last] = headers.map((h) => h.split(' ')[0]!);
    for (const head of words.filter((w) => w.text === first)) {
      const sameLine = (w: PdfWord) => Math.abs(w.yMin - head.yMin) < 2 && w.xMin > head.xMin;
      const numberHead = words.find((w) => w.text === number && sameLine(w));
      const lastHead = words.find((w) => w.text === last && sameLine(w));
      if (!numberHead || !lastHead) continue;
      const anchors = words
        .filter((w) => w.yMin > head.yMax && Math.abs(w.xMax - numberHead.xMax) < 3 && w.xMin > head.xMin)
        .sort((a, b) => a.yMin - b.yMin)
        .slice(0, rowCount);
      return anchors.map((anchor, index) => {
        const top = anchor.yMin - 1;
        const height = index + 1 < anchors.length ? anchors[index + 1]!.yMin - anchor.yMin : index > 0 ? anchor.yMin - anchors[index - 1]!.yMin : 30;
        const inRow = words.filter((w) => middle(w) >= top && middle(w) < top + height);
        return {
          page,
          cells: [
            joinWords(inRow.filter((w) => w.xMin >= head.xMin - 2 && w.xMax < numberHead.xMin - 1)),
            anchor.text,
            joinWords(inRow.filter((w) => w.xMin >= lastHead.xMin - 2)),
          ],
        };
      });
    }
  }
  throw new Error(`no table with the headings ${headers.join(' / ')} in ${pdf.path}`);
}
