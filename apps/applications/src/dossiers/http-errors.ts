import { httpError } from '@kc/platform';

export const notFound = () => httpError(404, 'Không tìm thấy hồ sơ.', 'Dossier not found.');
