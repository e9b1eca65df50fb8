import { fromTransition } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { callFindings } from '../../shared/scenario/callFindings';
import type { CrmFact } from '../../shared/scenario/crmFact';
import { factKey, factsSatisfied, parseFact } from '../../shared/scenario/crmFact';
import type { ScenarioEdge } from '../../shared/scenario/scenarioEdges';
import { scenarioEdges } from '../../shared/scenario/scenarioEdges';
import type { Scenario } from '../../shared/scenario/scenarioSchema';

/** A node of the call graph: where the call is and which CRM facts the path has established. */
export interface GraphNode {
  at: string;
  facts: string[];
}
export interface EdgeEvent {
  type: 'edge';
  edge: ScenarioEdge;
  /** CRM facts the candidate establishes to take this edge (an option's requirements, a reaction's fact). */
  gained: string[];
}

/** A concrete fact for a required one (a ref-less requirement gets a made-up new record). */
export function concreteFact(fact: CrmFact): CrmFact {
  return { ...fact, ref: fact.ref ?? 'NEW-1' };
}

function factsOf(texts: readonly string[] | undefined): CrmFact[] {
  return (texts ?? []).flatMap((text) => {
    const parsed = parseFact(text);
    return parsed.ok ? [parsed.fact] : [];
  });
}

/**
 * The edges a path can take from a node, each with the facts it establishes. Infeasible ones are
 * left out: an `otherwise` whose requirement the path already met, a CRM reaction already
 * triggered, an option whose missing facts would trigger a reaction that moves the call first,
 * the dial branch the law's verdict on the call rules out.
 */
export function feasibleEdges(scenario: Scenario, node: GraphNode): EdgeEvent[] {
  const step = scenario.steps[node.at];
  if (!step) return [];
  const movingReactions = factsOf(step.crm?.filter((r) => r.goto).map((r) => r.when));
  const forbidden = callFindings(scenario).some((finding) => !finding.ok);
  return scenarioEdges(scenario)
    .filter((edge) => edge.from === node.at)
    .flatMap((edge): EdgeEvent[] => {
      const index = edge.path[3] as number;
      if (edge.kind === 'option' || edge.kind === 'otherwise') {
        const required = factsOf(step.options?.[index]?.requires);
        const met = factsSatisfied(node.facts, required);
        if (edge.kind === 'otherwise') return met ? [] : [{ type: 'edge', edge, gained: [] }];
        const missing = required.filter((f) => !factsSatisfied(node.facts, [f])).map(concreteFact);
        if (missing.some((f) => movingReactions.some((r) => factsSatisfied([factKey(f)], [r])))) return [];
        return [{ type: 'edge', edge, gained: missing.map(factKey) }];
      }
      if (edge.kind === 'dial') return forbidden && step.dial?.if_forbidden ? [] : [{ type: 'edge', edge, gained: [] }];
      if (edge.kind === 'dial-forbidden') return forbidden ? [{ type: 'edge', edge, gained: [] }] : [];
      if (edge.kind === 'crm') {
        const [fact] = factsOf([step.crm![index]!.when]);
        const key = factKey(concreteFact(fact!));
        return node.facts.includes(key) ? [] : [{ type: 'edge', edge, gained: [key] }];
      }
      return [{ type: 'edge', edge, gained: [] }];
    });
}

/**
 * Every simple path of the call graph from the start to an ending, found with xstate/graph.
 * A state is a step with the CRM facts established so far: a path may come back to a step
 * only once the candidate knows more (what is feasible there depends on it).
 */
export function pathsToEndings(scenario: Scenario): EdgeEvent[][] {
  const graph = fromTransition(
    (node: GraphNode, event: EdgeEvent): GraphNode => ({ at: event.edge.to, facts: [...new Set([...node.facts, ...event.gained])] }),
    { at: scenario.start, facts: [] } as GraphNode,
  );
  return getSimplePaths(graph, {
    events: (snapshot) => feasibleEdges(scenario, snapshot.context),
    serializeState: (snapshot) => `${snapshot.context.at}|${[...snapshot.context.facts].sort().join(',')}`,
  })
    .filter((path) => scenario.endings[path.state.context.at])
    .map((path) => path.steps.slice(1).map((step) => step.event));
}
