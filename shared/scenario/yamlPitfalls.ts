import type { Diagnostic } from './diagnostic';

const TEXT_KEYS = 'say|customer|briefing|examiner_notes|label|summary|title|hint|note|situation';
/** `key: !text` — a value opening with "!" is a YAML tag, and the word after it disappears. */
const TAG_START = /^(\s*(?:-\s+)?[\w-]+:\s+)!/;
/**
 * `say: Votre commande #123` — " #" opens a comment, the rest of the text is dropped. Only a
 * text of two words or more counts: `customer: C-1042 # …` in the fixtures is an id and a comment.
 */
const COMMENT_IN_TEXT = new RegExp(`^(\\s*(?:-\\s+)?(?:${TEXT_KEYS}):\\s+[^"'|>\\s#][^#\\s]*\\s+[^#\\s][^#]*?\\s)#`);

/**
 * Mistakes YAML accepts without a word but that change what the trainer wrote: a text opening
 * with "!" (read as a tag) and a "#" inside unquoted text (the rest becomes a comment).
 */
export function yamlPitfalls(text: string, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  text.split('\n').forEach((line, i) => {
    const tag = TAG_START.exec(line);
    if (tag) {
      found.push({
        file, line: i + 1, col: tag[1]!.length + 1, severity: 'error', code: 'yaml-tag',
        message: 'un texte qui commence par « ! » est lu comme une étiquette YAML et son premier mot disparaît',
        hint: 'mettez le texte entre guillemets : "…"',
      });
    }
    const comment = COMMENT_IN_TEXT.exec(line);
    if (comment) {
      found.push({
        file, line: i + 1, col: comment[1]!.length + 1, severity: 'warning', code: 'comment-in-text',
        message: 'la suite du texte après « # » est lue comme un commentaire et ne sera pas affichée',
        hint: 'si le « # » fait partie du texte, mettez le texte entre guillemets : "…"',
      });
    }
  });
  return found;
}
