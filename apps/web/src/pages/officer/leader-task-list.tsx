// The tasks on a leader's desk: dossier, applicant, programme, stage and deadline, each a link to the task.
import { Link } from 'react-router';
import type { Task } from '../../api/types';
import { DeadlineClock } from '../../ui/deadline-clock';
import { StageName } from '../../ui/stage-name';
import { useProgramName } from './use-program-name';

export function LeaderTaskList({ tasks }: { tasks: Task[] }) {
  const programName = useProgramName();
  return (
    <ul className="task-list">
      {tasks.map((task) => (
        <li key={task.taskId} className="card task-row">
          <div className="dossier-main">
            <Link className="dossier-title" to={`/can-bo/nhiem-vu/${encodeURIComponent(task.taskId)}`}>
              {task.dossierCode} · {task.applicantName ?? '—'}
            </Link>
            <p className="dossier-meta">
              {programName(task.programCode)} · <StageName stage={task.stage} />
            </p>
            <DeadlineClock due={task.dueAt} />
          </div>
        </li>
      ))}
    </ul>
  );
}
