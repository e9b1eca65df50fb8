import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePdf, wrap } from '../../shared/pdf/writePdf';
import type { PdfBlock } from '../../shared/pdf/writePdf';

const dir = mkdtempSync(join(tmpdir(), 'plateau-pdf-'));

/** Writes the PDF and reads its text back with poppler's pdftotext (layout kept). */
function readBack(bytes: Uint8Array, name: string, args: string[] = []): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8' });
}
function info(bytes: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

describe('writePdf', () => {
  it('writes French text with accents, « », ’, œ and € that a PDF reader gives back', () => {
    const sentence = 'Élodie a reçu l’avoir de 129,90 € : « ça règle le problème », dit-elle. Cœur, août, où, naïve, Ÿ.';
    const text = readBack(
      writePdf(
        [
          { kind: 'heading', level: 1, text: 'Bilan de l’appel — Colis en retard' },
          { kind: 'paragraph', text: sentence },
          { kind: 'list', items: ['Première preuve (pour)', 'Deuxième — contre'] },
          { kind: 'table', columns: [{ title: 'Temps', width: 1 }, { title: 'Source', width: 4 }], rows: [['0:04', 'Réponse : « Maison Lumen, bonjour »']] },
        ],
        { title: 'Bilan de l’appel', language: 'fr-FR' },
      ),
      'accents',
    );
    expect(text).toContain('Bilan de l’appel — Colis en retard');
    expect(text).toContain(sentence);
    expect(text).toContain('• Première preuve (pour)');
    expect(text).toMatch(/0:04\s+Réponse : « Maison Lumen, bonjour »/);
    expect(text).toContain('Bilan de l’appel — 1 / 1');
  });

  it('wraps long text inside the margins and breaks pages, numbering them and repeating a table header', () => {
    const paragraph = 'Le candidat accueille la cliente, retrouve sa commande et propose un renvoi express. '.repeat(12);
    const rows = Array.from({ length: 70 }, (_, i) => [`ligne ${i + 1}`, 'une cellule assez longue pour être coupée sur deux lignes dans sa colonne étroite']);
    const blocks: PdfBlock[] = [
      { kind: 'paragraph', text: paragraph },
      { kind: 'table', columns: [{ title: 'N°', width: 1 }, { title: 'Détail', width: 2 }], rows },
      { kind: 'pageBreak' },
      { kind: 'paragraph', text: 'Dernière page.' },
    ];
    const bytes = writePdf(blocks, { title: 'Essai', footer: (page, pages) => `Essai · page ${page} sur ${pages}` });
    const pages = Number(/Pages:\s+(\d+)/.exec(info(bytes, 'pages'))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    const text = readBack(bytes, 'pages');
    expect(text).toContain(`Essai · page ${pages} sur ${pages}`);
    expect(text.split('\f').filter((page) => page.includes('N°')).length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= 70; i++) expect(text).toMatch(new RegExp(`ligne ${i}\\b`));
    expect(text.split('\f')[pages - 1]).toContain('Dernière page.');
    // Every word stays inside the margins (56 pt on an A4 page 595 pt wide).
    const boxes = [...readBack(bytes, 'boxes', ['-bbox']).matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)];
    expect(boxes.length).toBeGreaterThan(500);
    expect(Math.min(...boxes.map((b) => Number(b[1])))).toBeGreaterThanOrEqual(55);
    expect(Math.max(...boxes.map((b) => Number(b[2])))).toBeLessThanOrEqual(595.28 - 55);
  });

  it('wraps on word boundaries and cuts a word longer than the line', () => {
    expect(wrap('un deux trois', 'regular', 10, 30)).toEqual(['un', 'deux', 'trois']);
    expect(wrap('', 'regular', 10, 100)).toEqual(['']);
    const cut = wrap('x'.repeat(40), 'bold', 10, 50);
    expect(cut.join('')).toBe('x'.repeat(40));
    expect(cut.length).toBeGreaterThan(1);
  });

  it('keeps the title in the metadata, even with accents', () => {
    expect(info(writePdf([{ kind: 'paragraph', text: 'x' }], { title: 'Bilan — réclamation « colis »' }), 'meta')).toMatch(/Title:\s+Bilan — réclamation « colis »/);
  });
});
