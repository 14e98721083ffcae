import { h, clear } from '../ui/dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { alertBox, errorState, loading, sectionTitle, supportRule } from '../ui/components.js';
import { busy, clearErrors, field, formSummary, select, showApiError, showErrors } from '../ui/form.js';
import { costFields } from '../ui/cost-fields.js';
import { money } from '../format.js';
import { lookupForm } from './lookup.js';
import { getSession } from '../session.js';

export const title = () => t('nav.home');

export async function render(root) {
  const programsSlot = h('div', {}, loading());
  const calculatorSlot = h('div', {});
  const startHref = getSession() ? '#/ho-so/moi' : '#/dang-nhap?next=/ho-so/moi';
  root.append(
    h(
      'section',
      { class: 'hero' },
      h('h1', { tabindex: '-1' }, t('home.title')),
      h('p', { class: 'subtitle', lang: 'en' }, t('home.titleEn')),
      h('p', { class: 'lead' }, t('home.intro')),
      h(
        'div',
        { class: 'hero-actions' },
        h('a', { class: 'btn btn-primary btn-lg', href: startHref }, t('home.ctaStart')),
        h('a', { class: 'btn btn-secondary btn-lg', href: '#/tra-cuu' }, t('home.ctaLookup')),
      ),
      h(
        'ol',
        { class: 'steps' },
        t('home.steps').map((s, i) => h('li', {}, h('span', { class: 'step-no', 'aria-hidden': 'true' }, i + 1), s)),
      ),
    ),
    h(
      'section',
      { class: 'section', 'aria-labelledby': 'programs-title' },
      sectionTitle(t('home.programsTitle'), t('home.programsEn')),
      programsSlot,
    ),
    h(
      'div',
      { class: 'two-col' },
      h(
        'section',
        { class: 'card', id: 'estimate' },
        sectionTitle(t('home.estimateTitle'), t('home.estimateEn')),
        h('p', { class: 'muted' }, t('home.estimateIntro')),
        calculatorSlot,
      ),
      h(
        'section',
        { class: 'card', id: 'quick-lookup' },
        sectionTitle(t('home.lookupTitle'), t('home.lookupEn')),
        h('p', { class: 'muted' }, t('home.lookupIntro')),
        lookupForm({ compact: true }),
      ),
    ),
  );
  programsSlot.previousElementSibling.id = 'programs-title';

  const load = async () => {
    clear(programsSlot, loading());
    clear(calculatorSlot);
    try {
      const catalogue = await Api.programs();
      clear(programsSlot, programList(catalogue));
      clear(calculatorSlot, estimateCalculator(catalogue.items));
    } catch (error) {
      clear(programsSlot, errorState({ message: `${t('home.programsError')} ${error.message}` }, load));
    }
  };
  await load();
}

function programList(catalogue) {
  return h(
    'div',
    {},
    alertBox('info', catalogue.localTier === 'COMMUNE' ? t('home.tierCommune') : t('home.tierDistrict')),
    h('div', { class: 'program-grid' }, catalogue.items.map(programCard)),
    h(
      'details',
      { class: 'legal' },
      h('summary', {}, t('home.legalBasis')),
      h(
        'ul',
        {},
        catalogue.legalBasis.map((b) => h('li', {}, b)),
      ),
    ),
  );
}

function programCard(p) {
  const rules = supportRule(p.support);
  return h(
    'article',
    { class: 'program-card' },
    h('h3', {}, p.nameVi),
    h('p', { class: 'subtitle', lang: 'en' }, p.nameEn),
    h('p', { class: 'rule' }, rules[0]),
    rules.slice(1).map((r) => h('p', { class: 'rule-extra' }, r)),
    h(
      'dl',
      { class: 'mini-facts' },
      h(
        'div',
        {},
        h('dt', {}, t('home.applicants')),
        h('dd', {}, p.eligibleApplicantTypes.map((x) => t(`establishmentType.${x}`)).join(', ')),
      ),
      h(
        'div',
        {},
        h('dt', {}, t('home.costs')),
        h('dd', {}, p.eligibleCostCategories.map((c) => t(`costCategory.${c}`)).join(', ')),
      ),
      h('div', {}, h('dt', {}, t('home.location')), h('dd', {}, t(`rule.location.${p.locationRule}`))),
    ),
    h(
      'details',
      {},
      h('summary', {}, t('home.documents', { count: p.requiredDocuments.length })),
      h(
        'ul',
        {},
        p.requiredDocuments.map((d) => h('li', {}, d.nameVi)),
      ),
    ),
    h('p', { class: 'basis' }, p.basis),
    h(
      'a',
      {
        class: 'btn btn-secondary btn-sm',
        href: getSession()
          ? `#/ho-so/moi?ct=${p.code}`
          : `#/dang-nhap?next=${encodeURIComponent(`/ho-so/moi?ct=${p.code}`)}`,
      },
      t('home.apply'),
    ),
  );
}

function estimateCalculator(programs) {
  const programSelect = select(programs.map((p) => [p.code, p.nameVi]));
  const costSlot = h('div', {});
  const result = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'btn btn-primary' }, t('home.estimateButton'));
  let fields;
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    formSummary(),
    field({ label: t('form.program'), name: 'programCode', required: true, control: programSelect }),
    costSlot,
    button,
    result,
  );
  const drawCost = () => {
    const program = programs.find((p) => p.code === programSelect.value);
    fields = costFields(program);
    clear(costSlot, fields.el);
    clear(result);
    clearErrors(form);
  };
  programSelect.addEventListener('change', drawCost);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    clear(result);
    const { cost, problems } = fields.read();
    if (problems.length) return showErrors(form, problems);
    try {
      const r = await busy(button, t('app.loading'), () => Api.estimate(programSelect.value, cost));
      clear(
        result,
        h(
          'div',
          { class: 'estimate-result' },
          h('p', { class: 'estimate-label' }, t('home.estimateResult')),
          h('p', { class: 'estimate-amount' }, money(r.supportVnd)),
          h('p', { class: 'estimate-explain' }, r.explanationVi),
          r.capped ? h('p', { class: 'muted' }, t('home.estimateCapped', { cap: money(r.capVnd) })) : null,
        ),
      );
    } catch (error) {
      showApiError(form, error);
    }
  });
  drawCost();
  return form;
}
