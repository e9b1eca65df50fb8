// What the trainer's workshop loads on demand: the scenario checker and the chart (YAML, zod and
// XState stay out of the initial bundle).
export { checkScenarioText } from '../../../shared/scenario/checkScenario';
export { toMermaid } from '../../../shared/scenario/toMermaid';
