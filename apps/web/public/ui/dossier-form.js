import { h, clear, uid } from './dom.js';
import { t } from '../i18n/t.js';
import { Api } from '../api.js';
import { supportRule } from './components.js';
import { busy, clearErrors, field, formSummary, input, select, showApiError, showErrors } from './form.js';
import { costFields } from './cost-fields.js';
import { money } from '../format.js';
import { LOCAL_UNITS } from '../data/units.js';

const TYPES = ['SME', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS'];

/**
 * The dossier form (create and edit-draft): the programme choice drives the cost inputs, the live estimate
 * and the list of documents to prepare. onSubmit(body) may throw an ApiError; its fields show in place.
 */
export function dossierForm({ programs, initial = {}, submitLabel, busyLabel, onSubmit, onCancel }) {
  const est = initial.establishment ?? {};
  const group = uid('program');
  const radios = programs.map((p) =>
    h('input', {
      type: 'radio',
      name: group,
      value: p.code,
      id: `${group}-${p.code}`,
      checked: p.code === initial.programCode,
    }),
  );
  if (!radios.some((r) => r.checked)) radios[0].checked = true;
  const programPicker = h(
    'fieldset',
    { class: 'field program-picker', 'data-field-wrap': 'programCode' },
    h('legend', {}, t('form.program'), h('span', { class: 'req', 'aria-hidden': 'true' }, ' *')),
    h(
      'div',
      { class: 'radio-cards' },
      programs.map((p, i) =>
        h(
          'label',
          { class: 'radio-card', for: radios[i].id },
          radios[i],
          h(
            'span',
            { class: 'radio-card-body' },
            h('strong', {}, p.nameVi),
            h('span', { class: 'muted' }, supportRule(p.support)[0]),
          ),
        ),
      ),
    ),
    h('p', { class: 'field-error' }),
  );
  radios[0].dataset.field = 'programCode';

  const title = input({ value: initial.title ?? '', maxlength: 300 });
  const name = input({ value: est.name ?? '', autocomplete: 'organization', maxlength: 300 });
  const type = select(TYPES.map((x) => [x, t(`establishmentType.${x}`)]));
  type.value = est.type ?? 'SME';
  const typeWarning = h('p', { class: 'hint hint-warning', 'aria-live': 'polite' });
  const taxCode = input({ value: est.taxCode ?? '', inputmode: 'numeric', maxlength: 14, class: 'mono' });
  const address = input({ value: est.address ?? '', autocomplete: 'street-address', maxlength: 500 });
  const phone = input({ type: 'tel', value: est.phone ?? '', autocomplete: 'tel', maxlength: 13 });
  const unit = select([['', t('form.chooseUnit')], ...LOCAL_UNITS.map((u) => [u.code, u.name])]);
  unit.value = initial.localUnitCode ?? '';

  const costSlot = h('div', {});
  const estimateEl = h('p', { class: 'live-estimate', 'aria-live': 'polite' });
  const docsSlot = h('div', { class: 'docs-preview' });
  const button = h('button', { type: 'submit', class: 'btn btn-primary btn-lg' }, submitLabel);

  let cost;
  let estimateTimer;
  const current = () => programs.find((p) => p.code === radios.find((r) => r.checked).value);
  const refreshEstimate = () => {
    clearTimeout(estimateTimer);
    estimateTimer = setTimeout(async () => {
      const { cost: c, problems } = cost.read();
      if (problems.length) return (estimateEl.textContent = '');
      try {
        const r = await Api.estimate(current().code, c);
        estimateEl.replaceChildren(
          h('strong', {}, t('form.liveEstimate', { money: money(r.supportVnd) })),
          h('span', { class: 'muted' }, ` — ${r.explanationVi}`),
        );
      } catch {
        estimateEl.textContent = '';
      }
    }, 350);
  };
  const refreshType = () => {
    typeWarning.textContent = current().eligibleApplicantTypes.includes(type.value) ? '' : t('form.typeNotEligible');
  };
  const drawProgram = (keepCost) => {
    const p = current();
    cost = costFields(p, keepCost ? (initial.cost ?? {}) : {}, refreshEstimate);
    clear(costSlot, cost.el);
    clear(
      docsSlot,
      h('p', {}, t('form.docsPreview')),
      h(
        'ul',
        { class: 'checklist' },
        p.requiredDocuments.map((d) => h('li', {}, d.nameVi)),
      ),
    );
    refreshType();
    refreshEstimate();
  };
  radios.forEach((r) => r.addEventListener('change', () => drawProgram(initial.programCode === r.value)));
  type.addEventListener('change', refreshType);

  const form = h(
    'form',
    { class: 'form dossier-form', novalidate: true },
    formSummary(),
    programPicker,
    field({ label: t('form.title'), name: 'title', required: true, hint: t('form.titleHint'), control: title }),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, t('form.establishment'), h('small', { lang: 'en' }, t('form.establishmentEn'))),
      field({ label: t('form.estName'), name: 'establishment.name', required: true, control: name }),
      h(
        'div',
        { class: 'grid-2' },
        h(
          'div',
          {},
          field({ label: t('form.estType'), name: 'establishment.type', required: true, control: type }),
          typeWarning,
        ),
        field({
          label: t('form.taxCode'),
          name: 'establishment.taxCode',
          hint: t('form.taxCodeHint'),
          control: taxCode,
        }),
      ),
      field({ label: t('form.address'), name: 'establishment.address', required: true, control: address }),
      h(
        'div',
        { class: 'grid-2' },
        field({ label: t('form.phone'), name: 'establishment.phone', control: phone }),
        field({
          label: t('form.localUnit'),
          name: 'localUnitCode',
          required: true,
          hint: t('form.localUnitHint'),
          control: unit,
        }),
      ),
    ),
    h(
      'fieldset',
      { class: 'group', 'data-field-wrap': 'cost' },
      h('legend', {}, t('form.costSection'), h('small', { lang: 'en' }, t('form.costSectionEn'))),
      costSlot,
      estimateEl,
      h('p', { class: 'field-error' }),
    ),
    docsSlot,
    h(
      'div',
      { class: 'form-actions' },
      button,
      onCancel ? h('button', { type: 'button', class: 'btn btn-ghost', onclick: onCancel }, t('app.cancel')) : null,
    ),
  );

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const problems = [];
    const required = (el, fieldName, label, min) => {
      const v = el.value.trim();
      if (!v) problems.push({ field: fieldName, messageVi: t('validation.required', { label: label.toLowerCase() }) });
      else if (min && v.length < min)
        problems.push({ field: fieldName, messageVi: t('validation.minLength', { label, min }) });
      return v;
    };
    const body = {
      programCode: current().code,
      title: required(title, 'title', t('form.title'), 3),
      establishment: {
        name: required(name, 'establishment.name', t('form.estName'), 2),
        type: type.value,
        address: required(address, 'establishment.address', t('form.address'), 5),
      },
      localUnitCode: unit.value,
    };
    const tax = taxCode.value.trim();
    if (tax && !/^\d{10}(-\d{3})?$/.test(tax))
      problems.push({ field: 'establishment.taxCode', messageVi: t('validation.taxCode') });
    if (tax) body.establishment.taxCode = tax;
    const tel = phone.value.replace(/[\s.]/g, '');
    if (tel && !/^(\+84|0)\d{9,10}$/.test(tel))
      problems.push({ field: 'establishment.phone', messageVi: t('validation.phone') });
    if (tel) body.establishment.phone = tel;
    if (!unit.value)
      problems.push({ field: 'localUnitCode', messageVi: t('validation.choose', { label: t('form.localUnitShort') }) });
    const c = cost.read();
    problems.push(...c.problems);
    body.cost = c.cost;
    if (problems.length) return showErrors(form, problems);
    try {
      await busy(button, busyLabel, () => onSubmit(body));
    } catch (error) {
      showApiError(form, error);
    }
  });

  drawProgram(true);
  return form;
}
