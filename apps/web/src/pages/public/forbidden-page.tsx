import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';

export default function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <PageHeader title={t('forbidden.title')} />
      <p>{t('forbidden.text')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </div>
  );
}
