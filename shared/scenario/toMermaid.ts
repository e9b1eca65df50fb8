import { scenarioEdges } from './scenarioEdges';
import type { EdgeKind } from './scenarioEdges';
import type { Scenario } from './scenarioSchema';

const KIND_PREFIX: Record<EdgeKind, string> = {
  option: '',
  otherwise: 'sinon',
  dial: 'appel',
  'dial-forbidden': 'appel interdit',
  crm: 'CRM',
  'customer-event': 'client',
  timer: 'minuteur',
  'hang-up': 'raccroche',
  transfer: 'transfert',
};

/**
 * A Mermaid state diagram of the call: steps, endings (to [*]) and every way between them.
 * Hang-up and transfer edges are drawn once per step only where a step overrides the default,
 * plus once from the start, so the chart stays readable.
 */
export function toMermaid(scenario: Scenario, options: { maxLabel?: number } = {}): string {
  const max = options.maxLabel ?? 40;
  const lines = ['stateDiagram-v2', `  %% ${scenario.id}: ${scenario.title}`, `  [*] --> ${node(scenario.start)}`];
  for (const id of Object.keys(scenario.steps)) lines.push(`  state "${escape(id)}" as ${node(id)}`);
  for (const [id, ending] of Object.entries(scenario.endings)) {
    lines.push(`  state "${escape(id)} (${ending.outcome})" as ${node(id)}`, `  ${node(id)} --> [*]`);
  }
  const seen = new Set<string>();
  for (const edge of scenarioEdges(scenario)) {
    const global = edge.kind === 'transfer' || (edge.kind === 'hang-up' && edge.path[0] === 'hang_up');
    if (global && edge.from !== scenario.start) continue;
    const label = [KIND_PREFIX[edge.kind], edge.kind === 'hang-up' || edge.kind.startsWith('dial') ? '' : shorten(edge.label, max)].filter(Boolean).join(' · ');
    const line = `  ${node(edge.from)} --> ${node(edge.to)}${label ? ` : ${escape(label)}` : ''}`;
    if (!seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Mermaid ids cannot hold dashes in every renderer: use a safe alias. */
function node(id: string): string {
  return `s_${id.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function escape(text: string): string {
  return text.replace(/"/g, "'").replace(/[:;#]/g, ' ');
}
