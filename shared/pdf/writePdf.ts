import type { PdfFont } from './winAnsi';
import { textWidth, winAnsiBytes } from './winAnsi';

/** What a document is made of, top to bottom; the writer wraps text and breaks pages itself. */
export type PdfBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; style?: 'normal' | 'bold' | 'small' }
  | { kind: 'list'; items: readonly string[]; level?: number }
  | { kind: 'table'; columns: readonly { title: string; width: number }[]; rows: readonly (readonly string[])[] }
  | { kind: 'rule' }
  | { kind: 'pageBreak' };

export interface PdfOptions {
  /** The document's title (its metadata; also shown in the footer). */
  title: string;
  /** BCP 47 language of the text, e.g. 'fr-FR'. */
  language?: string;
  /** Footer of page `page` of `pages`; default « title — page / pages ». */
  footer?: (page: number, pages: number) => string;
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const TEXT = { heading1: 17, heading2: 13, heading3: 11, normal: 10, small: 8.5 } as const;
const LEADING = 1.3;
const CELL_PAD = 3;

interface Line {
  text: string;
  font: PdfFont;
  size: number;
  x: number;
  gray?: boolean;
}

/**
 * A PDF 1.4 file from a list of blocks, with nothing but the standard Helvetica fonts in
 * WinAnsiEncoding (so French accents, « », ’ and € come out): A4 pages, wrapped text, headings,
 * bullet lists, tables whose header repeats after a page break, and numbered footers.
 */
export function writePdf(blocks: readonly PdfBlock[], options: PdfOptions): Uint8Array {
  const layout = createLayout();
  for (const block of blocks) layout.add(block);
  const pages = layout.pages();
  const footer = options.footer ?? ((page: number, total: number) => `${options.title} — ${page} / ${total}`);
  const streams = pages.map((content, i) => {
    const text = footer(i + 1, pages.length);
    const x = PAGE.width - PAGE.margin - textWidth(text, 'regular', TEXT.small);
    return `${content}0.4 g\n${textOp(text, 'regular', TEXT.small, x, PAGE.margin / 2)}0 g\n`;
  });
  return serialize(streams, options);
}

function createLayout() {
  const pages: string[] = [];
  let ops = '';
  let y = PAGE.height - PAGE.margin;
  const bottom = PAGE.margin;

  const newPage = () => {
    pages.push(ops);
    ops = '';
    y = PAGE.height - PAGE.margin;
  };
  const ensure = (height: number) => {
    if (y - height < bottom && y < PAGE.height - PAGE.margin) newPage();
  };
  const writeLines = (lines: readonly Line[], keepTogether = 1) => {
    lines.forEach((line, i) => {
      const height = line.size * LEADING;
      ensure(i === 0 ? height * Math.min(keepTogether, lines.length) : height);
      y -= height;
      ops += (line.gray ? '0.35 g\n' : '') + textOp(line.text, line.font, line.size, line.x, y + line.size * 0.25) + (line.gray ? '0 g\n' : '');
    });
  };

  const table = (columns: readonly { title: string; width: number }[], rows: readonly (readonly string[])[]) => {
    const sum = columns.reduce((s, c) => s + c.width, 0) || 1;
    const widths = columns.map((c) => (c.width / sum) * CONTENT_WIDTH);
    const xs = widths.map((_, i) => PAGE.margin + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const rowOf = (cells: readonly string[], font: PdfFont) => {
      const wrapped = widths.map((w, i) => wrap(cells[i] ?? '', font, TEXT.normal, w - 2 * CELL_PAD));
      return { wrapped, height: Math.max(1, ...wrapped.map((l) => l.length)) * TEXT.normal * LEADING + 2 * CELL_PAD };
    };
    const draw = (row: ReturnType<typeof rowOf>, font: PdfFont, shaded: boolean) => {
      const top = y;
      if (shaded) ops += `0.92 g\n${num(PAGE.margin)} ${num(top - row.height)} ${num(CONTENT_WIDTH)} ${num(row.height)} re f\n0 g\n`;
      row.wrapped.forEach((lines, i) => {
        lines.forEach((text, n) => {
          const baseline = top - CELL_PAD - (n + 1) * TEXT.normal * LEADING + TEXT.normal * 0.25;
          ops += textOp(text, font, TEXT.normal, xs[i]! + CELL_PAD, baseline);
        });
      });
      y = top - row.height;
      ops += `0.6 G 0.5 w ${num(PAGE.margin)} ${num(y)} m ${num(PAGE.margin + CONTENT_WIDTH)} ${num(y)} l S 0 G\n`;
    };
    const header = rowOf(columns.map((c) => c.title), 'bold');
    ensure(header.height + (rows[0] ? rowOf(rows[0], 'regular').height : 0));
    draw(header, 'bold', true);
    for (const cells of rows) {
      const row = rowOf(cells, 'regular');
      if (y - row.height < bottom) {
        newPage();
        draw(header, 'bold', true);
      }
      draw(row, 'regular', false);
    }
    y -= TEXT.normal * 0.6;
  };

  return {
    add(block: PdfBlock) {
      switch (block.kind) {
        case 'heading': {
          const size = block.level === 1 ? TEXT.heading1 : block.level === 2 ? TEXT.heading2 : TEXT.heading3;
          y -= size * (block.level === 1 ? 0.2 : 0.6);
          // A heading keeps at least two lines of what follows on its page.
          ensure(size * LEADING + TEXT.normal * LEADING * 2);
          writeLines(wrap(block.text, 'bold', size, CONTENT_WIDTH).map((text) => ({ text, font: 'bold', size, x: PAGE.margin })));
          y -= size * 0.2;
          break;
        }
        case 'paragraph': {
          const style = block.style ?? 'normal';
          const size = style === 'small' ? TEXT.small : TEXT.normal;
          const font: PdfFont = style === 'bold' ? 'bold' : 'regular';
          for (const paragraph of block.text.split(/\n/)) {
            const lines = paragraph.trim() === '' ? [''] : wrap(paragraph, font, size, CONTENT_WIDTH);
            writeLines(lines.map((text) => ({ text, font, size, x: PAGE.margin, gray: style === 'small' })), 2);
          }
          y -= size * 0.5;
          break;
        }
        case 'list': {
          const indent = PAGE.margin + 12 * (block.level ?? 0);
          for (const item of block.items) {
            const lines = wrap(item, 'regular', TEXT.normal, PAGE.margin + CONTENT_WIDTH - indent - 12);
            writeLines(lines.map((text, i) => ({ text: i === 0 ? `•  ${text}` : text, font: 'regular', size: TEXT.normal, x: i === 0 ? indent : indent + 10.5 })), 2);
          }
          y -= TEXT.normal * 0.5;
          break;
        }
        case 'table':
          table(block.columns, block.rows);
          break;
        case 'rule':
          ensure(8);
          y -= 4;
          ops += `0.7 G 0.5 w ${num(PAGE.margin)} ${num(y)} m ${num(PAGE.margin + CONTENT_WIDTH)} ${num(y)} l S 0 G\n`;
          y -= 4;
          break;
        case 'pageBreak':
          newPage();
          break;
      }
    },
    pages(): string[] {
      return ops || pages.length === 0 ? [...pages, ops] : [...pages];
    },
  };
}

/** Splits `text` into lines no wider than `width`; a word too long for a line is cut. */
export function wrap(text: string, font: PdfFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, font, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, font, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), font, size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function num(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}

/** One line of text at (x, y): the bytes go in a literal string, escaped, high bytes in octal. */
function textOp(text: string, font: PdfFont, size: number, x: number, y: number): string {
  let literal = '';
  for (const byte of winAnsiBytes(text)) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) literal += `\\${String.fromCharCode(byte)}`;
    else if (byte < 32 || byte > 126) literal += `\\${byte.toString(8).padStart(3, '0')}`;
    else literal += String.fromCharCode(byte);
  }
  return `BT /${font === 'bold' ? 'F2' : 'F1'} ${num(size)} Tf ${num(x)} ${num(y)} Td (${literal}) Tj ET\n`;
}

/** A text string of the document's metadata: UTF-16BE with its byte order mark, in hex. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function serialize(streams: readonly string[], options: PdfOptions): Uint8Array {
  // Objects: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then a page and its content per page.
  const pageIds = streams.map((_, i) => 6 + 2 * i);
  const objects: string[] = [
    `<< /Type /Catalog /Pages 2 0 R${options.language ? ` /Lang ${utf16Hex(options.language)}` : ''} >>`,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${streams.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Title ${utf16Hex(options.title)} /Producer (Plateau) >>`,
  ];
  streams.forEach((content, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(PAGE.width)} ${num(PAGE.height)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    // Content is all single-byte characters already (escaped WinAnsi): its length is its byte count.
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}
