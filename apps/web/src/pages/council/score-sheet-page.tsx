import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Ocop } from '../../api/ocop';
import { useI18n } from '../../i18n/i18n';
import { Empty, QueryView } from '../../ui/states';
import { Seat } from './seat';

/** One seat: the conflict declaration first, then the product's score sheet, totalled as you type. */
export default function ScoreSheetPage() {
  const { evaluationId = '' } = useParams();
  const { t } = useI18n();
  const tasks = useQuery({ queryKey: ['council-tasks'], queryFn: () => Ocop.councilTasks() });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/hoi-dong">‹ {t('council.title')}</Link>
      </p>
      <QueryView query={tasks}>
        {(data) => {
          // The newest seat for this evaluation (a product may meet several councils).
          const task = data.items.find((x) => x.evaluationId === evaluationId);
          return task ? <Seat task={task} /> : <Empty title={t('council.notFound')} />;
        }}
      </QueryView>
    </div>
  );
}
