import { RolePage } from './RolePage';

/** /formateur: what a trainer does, and the catalogue. */
export function TrainerPage() {
  return <RolePage title="trainer.title" intro="trainer.intro" planned="trainer.planned" />;
}
