import { h } from '../ui/dom.js';
import { t } from '../i18n/t.js';
import { pageHeader } from '../ui/components.js';

export const title = () => t('notFound.title');

export function render(root) {
  root.append(
    pageHeader(t('notFound.title')),
    h(
      'section',
      { class: 'card empty' },
      h('p', {}, t('notFound.text')),
      h('a', { class: 'btn btn-primary', href: '#/' }, t('notFound.home')),
    ),
  );
}
