import { RolePage } from './RolePage';

/** /candidat: what a candidate does, and the catalogue with filters. */
export function CandidatePage() {
  return <RolePage title="candidate.title" intro="candidate.intro" planned="candidate.planned" filterable />;
}
