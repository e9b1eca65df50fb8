/**
 * Valid scenario files of a realistic size for benchmarks: `steps` steps in a chain with
 * branches back and forward, fixtures, requirements, CRM reactions, timers and endings.
 * Deterministic for a given seed.
 */
export function generateScenario(seed: number, steps = 12): string {
  let state = seed * 2654435761 % 2 ** 32;
  const random = () => ((state = (state * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const competencies = Array.from({ length: 26 }, (_, i) => `RCD-${String(i + 1).padStart(2, '0')}`);
  const ev = () => `[${random() < 0.5 ? '+' : '-'}${pick(competencies)}]`;
  const lines: string[] = [
    'format: 1',
    `id: bench-${seed}`,
    `title: Scénario généré ${seed}`,
    `category: ${pick(['prospecting', 'sales', 'support', 'loyalty'])}`,
    `direction: ${pick(['inbound', 'outbound'])}`,
    `difficulty: ${1 + Math.floor(random() * 5)}`,
    'duration: 8 min',
    `competencies: [${competencies.join(', ')}]`,
    'briefing: Un client appelle au sujet de sa commande.',
    'examiner_notes: Scénario généré pour mesurer le vérificateur.',
    'customer: { name: M. Martin, situation: Commande en attente, mood: calme, patience: 90 s, phone: "06 12 34 56 78", record: C-1 }',
    'crm:',
    '  customers:',
    ...Array.from({ length: 5 }, (_, i) => `    - { id: C-${i + 1}, name: Client ${i + 1}, phone: "06 12 34 56 0${i}" }`),
    '  products:',
    ...Array.from({ length: 5 }, (_, i) => `    - { sku: P-${i + 1}, name: Produit ${i + 1}, price: ${10 + i * 5}.9, vat: 20 }`),
    '  stock:',
    ...Array.from({ length: 5 }, (_, i) => `    - { sku: P-${i + 1}, warehouse: Lyon, on_hand: ${i * 3} }`),
    '  orders:',
    ...Array.from({ length: 5 }, (_, i) => `    - { id: CMD-${i + 1}, customer: C-${i + 1}, status: shipped, lines: [{ sku: P-${i + 1}, quantity: 1 }] }`),
    'timers:',
    '  silence: { after: 8 s, customer: "Allô ?", evidence: [-RCD-21] }',
    '  hold: { after: 60 s, customer: "Je raccroche.", goto: perdu, evidence: [-RCD-15] }',
    'hang_up: { goto: perdu, evidence: [-RCD-20] }',
    'start: etape-1',
    'steps:',
  ];
  for (let i = 1; i <= steps; i++) {
    const next = i === steps ? 'vente' : `etape-${i + 1}`;
    const back = `etape-${Math.max(1, i - 1 - Math.floor(random() * 2))}`;
    lines.push(
      `  etape-${i}:`,
      `    customer: Réplique du client à l'étape ${i}.`,
      '    timers:',
      `      patience: { after: ${30 + i} s, customer: "Bon, je rappellerai.", goto: perdu, evidence: [-RCD-22] }`,
      '    crm:',
      `      - { when: viewed order CMD-${1 + (i % 5)}, customer: "Vous l'avez ?", evidence: [+RCD-04] }`,
      '    options:',
      `      - say: Réponse attendue à l'étape ${i}.`,
      `        requires: [viewed order CMD-${1 + (i % 5)}]`,
      `        goto: ${next}`,
      `        evidence: ${ev()}`,
      `        otherwise: { goto: ${back}, customer: "Vous n'avez pas regardé ?", evidence: [-RCD-04] }`,
      `      - { say: Autre réponse ${i}., goto: ${back}, evidence: ${ev()} }`,
      `      - { say: Conclusion anticipée ${i}., goto: rappel, evidence: ${ev()} }`,
    );
  }
  lines.push(
    'endings:',
    '  vente: { outcome: sale, summary: Vente conclue. }',
    '  rappel: { outcome: callback-scheduled }',
    '  perdu: { outcome: customer-lost }',
  );
  return `${lines.join('\n')}\n`;
}
