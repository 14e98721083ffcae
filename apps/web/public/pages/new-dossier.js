import { h } from '../ui/dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { pageHeader } from '../ui/components.js';
import { dossierForm } from '../ui/dossier-form.js';
import { navigate } from '../app.js';

export const title = () => t('form.newTitle');

export async function render(root, { query }) {
  const catalogue = await Api.programs();
  root.append(
    pageHeader(t('form.newTitle'), t('form.newEn')),
    h('p', { class: 'muted' }, h('a', { href: '#/ho-so' }, `‹ ${t('dossiers.title')}`)),
    h(
      'section',
      { class: 'card' },
      dossierForm({
        programs: catalogue.items,
        initial: { programCode: query.ct },
        submitLabel: t('form.create'),
        busyLabel: t('form.creating'),
        async onSubmit(body) {
          const dossier = await Api.create(body);
          navigate(`#/ho-so/${dossier.id}`);
        },
      }),
    ),
  );
}
