/**
 * YAML syntax errors in plain French, naming the pitfalls trainers meet most: a tab used for
 * indentation, an unquoted ":" or "?" in a line of text, a missing space after a dash.
 */
export function yamlErrorMessage(code: string, text: string, offset: number): { message: string; hint?: string } {
  const line = lineAt(text, offset);
  if (/^\s*-[^\s-]/.test(line)) {
    return { message: 'il manque une espace après le tiret de la liste', hint: 'écrivez « - élément », pas « -élément »' };
  }
  if (/(^|[{,:[-])\s*\?(\s|$)/.test(line)) {
    return {
      message: 'un texte qui commence par « ? » est lu comme une marque de clé YAML',
      hint: 'mettez ce texte entre guillemets : "…"',
    };
  }
  switch (code) {
    case 'TAB_AS_INDENT':
      return {
        message: 'une tabulation sert d\'indentation ; YAML n\'accepte que des espaces',
        hint: 'remplacez la tabulation par des espaces, 2 par niveau',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'un deux-points « : » dans un texte est lu comme une nouvelle clé',
        hint: 'mettez le texte entre guillemets : "…"',
      };
    case 'BLOCK_IN_FLOW':
      return {
        message: 'un « : » ou un « ? » non protégé se trouve entre accolades { } ou crochets [ ]',
        hint: 'mettez ce texte entre guillemets : "…"',
      };
    case 'DUPLICATE_KEY':
      return { message: 'cette clé apparaît deux fois au même niveau', hint: 'gardez une seule occurrence' };
    case 'MISSING_CHAR':
      return { message: 'un guillemet, un crochet ou une accolade n\'est pas refermé', hint: 'vérifiez la fin de la ligne' };
    case 'BAD_INDENT':
      return {
        message: 'indentation incorrecte, ou liste entre crochets [ ] non refermée',
        hint: 'alignez les clés d\'un même niveau avec le même nombre d\'espaces',
      };
    case 'UNEXPECTED_TOKEN':
    case 'BAD_DIRECTIVE':
    case 'IMPOSSIBLE':
    default: {
      if (/\t/.test(line)) {
        return { message: 'une tabulation sur cette ligne empêche de lire le fichier', hint: 'remplacez-la par des espaces' };
      }
      return {
        message: 'syntaxe YAML incorrecte',
        hint: 'vérifiez l\'indentation et mettez entre guillemets les textes contenant « : », « # » ou commençant par « - », « ? », « [ », « { »',
      };
    }
  }
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end);
}
