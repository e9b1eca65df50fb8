import { RolePage } from './RolePage';

/** /examinateur: what an examiner does, and the catalogue. */
export function ExaminerPage() {
  return <RolePage title="examiner.title" intro="examiner.intro" planned="examiner.planned" />;
}
