import { h } from './dom.js';
import { field, input } from './form.js';
import { t } from '../i18n/t.js';
import { groupDigits, money, parseMoney, parsePercentToBp } from '../format.js';

/** A money input that accepts "1.500.000" and shows the amount read back ("= 1.500.000 ₫"). */
function moneyInput(name, value, onChange) {
  const el = input({
    inputmode: 'numeric',
    autocomplete: 'off',
    value: value ? groupDigits(value) : '',
    placeholder: '0',
  });
  const echo = h('span', { class: 'money-echo', 'aria-live': 'polite' });
  const refresh = () => {
    const n = parseMoney(el.value);
    echo.textContent = n ? t('cost.equals', { money: money(n) }) : '';
  };
  el.addEventListener('input', () => (refresh(), onChange()));
  el.addEventListener('blur', () => {
    const n = parseMoney(el.value);
    if (n) el.value = groupDigits(n);
  });
  refresh();
  return { el, echo };
}

/**
 * The cost inputs a programme's support formula needs, with the API's field names (cost.eligibleCostVnd…).
 * read() → { cost, problems } with client-side checks in Vietnamese; the server still has the last word.
 */
export function costFields(program, initial = {}, onChange = () => {}) {
  const s = program.support;
  if (s.kind === 'INTEREST_SHARE') {
    const loan = moneyInput('cost.loanAmountVnd', initial.loanAmountVnd, onChange);
    const rate = input({
      inputmode: 'decimal',
      autocomplete: 'off',
      value: initial.annualInterestRate ? String(initial.annualInterestRate / 100).replace('.', ',') : '',
      oninput: onChange,
    });
    const months = input({
      type: 'number',
      min: 1,
      max: s.maxMonths,
      step: 1,
      value: initial.months ?? '',
      oninput: onChange,
    });
    const el = h(
      'div',
      { class: 'grid-3' },
      h(
        'div',
        {},
        field({
          label: t('cost.loanAmount'),
          name: 'cost.loanAmountVnd',
          required: true,
          hint: t('cost.loanAmountHint'),
          control: loan.el,
        }),
        loan.echo,
      ),
      field({
        label: t('cost.rate'),
        name: 'cost.annualInterestRate',
        required: true,
        hint: t('cost.rateHint'),
        control: rate,
      }),
      field({
        label: t('cost.months'),
        name: 'cost.months',
        required: true,
        hint: t('cost.monthsHint', { max: s.maxMonths }),
        control: months,
      }),
    );
    return {
      el,
      read() {
        const problems = [];
        const loanAmountVnd = parseMoney(loan.el.value);
        const annualInterestRate = parsePercentToBp(rate.value);
        const m = Number(months.value);
        if (!loanAmountVnd) problems.push({ field: 'cost.loanAmountVnd', messageVi: t('validation.positiveMoney') });
        if (!annualInterestRate || annualInterestRate > 10000)
          problems.push({ field: 'cost.annualInterestRate', messageVi: t('validation.rate') });
        if (!Number.isInteger(m) || m < 1 || m > s.maxMonths)
          problems.push({ field: 'cost.months', messageVi: t('validation.months', { max: s.maxMonths }) });
        return { cost: { loanAmountVnd, annualInterestRate, months: m }, problems };
      },
    };
  }

  const amount = moneyInput('cost.eligibleCostVnd', initial.eligibleCostVnd, onChange);
  const m = s.wholeLineCapMultiplier;
  const line = m ? h('input', { type: 'checkbox', checked: initial.wholeTechnologyLine, onchange: onChange }) : null;
  const el = h(
    'div',
    { class: 'cost-fields' },
    h(
      'div',
      {},
      field({
        label: t('cost.eligibleCost'),
        name: 'cost.eligibleCostVnd',
        required: true,
        hint: t('cost.eligibleCostHint'),
        control: amount.el,
      }),
      amount.echo,
    ),
    line
      ? field({
          label: t('cost.wholeLine'),
          name: 'cost.wholeTechnologyLine',
          hint: t('cost.wholeLineHint', { cap: money((s.capVnd * m.numerator) / m.denominator) }),
          control: line,
        })
      : null,
  );
  return {
    el,
    read() {
      const eligibleCostVnd = parseMoney(amount.el.value);
      const problems = eligibleCostVnd
        ? []
        : [{ field: 'cost.eligibleCostVnd', messageVi: t('validation.positiveMoney') }];
      const cost = { eligibleCostVnd };
      if (line?.checked) cost.wholeTechnologyLine = true;
      return { cost, problems };
    },
  };
}
