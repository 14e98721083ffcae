import { useState } from 'react';
import { downloadTable } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { useErrorText } from '../../ui/states';

/** CSV and Excel downloads of one operations table (the whole table, the same filters). */
export function ExportButtons({
  path,
  query = {},
  name,
}: {
  path: string;
  query?: Record<string, string | number | undefined>;
  name: string;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>(null);
  const download = (format: 'csv' | 'xlsx') => {
    setError(null);
    downloadTable(path, query, format).catch(setError);
  };
  return (
    <span className="export-buttons">
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        aria-label={t('ops.common.exportCsv', { name })}
        onClick={() => download('csv')}
      >
        {t('ops.common.csv')}
      </button>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        aria-label={t('ops.common.exportExcel', { name })}
        onClick={() => download('xlsx')}
      >
        {t('ops.common.excel')}
      </button>
      {error !== null && (
        <span className="field-error" role="alert">
          {t('ops.common.exportFailed')} {errorText(error)}
        </span>
      )}
    </span>
  );
}
