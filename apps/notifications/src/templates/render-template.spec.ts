import { escapeHtml, renderTemplate } from './render-template';

const filters = { upper: (v: unknown) => String(v).toUpperCase() };

describe('the template language', () => {
  it('fills values, follows paths and applies filters', () => {
    const text = renderTemplate(
      'Hồ sơ {{dossier.code}} của {{name | upper}}.',
      { dossier: { code: 'KC-2026-000001' }, name: 'an' },
      { html: false, filters },
    );
    expect(text).toBe('Hồ sơ KC-2026-000001 của AN.');
  });

  it('escapes every value in HTML, so event data cannot inject markup', () => {
    const html = renderTemplate(
      '<p>{{reason}}</p>',
      { reason: '<script>alert("x")</script> & \'y\'' },
      { html: true, filters },
    );
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>');
    expect(escapeHtml('a<b')).toBe('a&lt;b');
  });

  it('repeats a block per list item, resolving names on the item first, then outside', () => {
    const text = renderTemplate(
      '{{#each items}}- {{documentCode}} ({{dossierCode}}): {{reasonVi}}\n{{/each}}',
      {
        dossierCode: 'KC-1',
        items: [
          { documentCode: 'A', reasonVi: 'mờ' },
          { documentCode: 'B', reasonVi: 'thiếu' },
        ],
      },
      { html: false, filters },
    );
    expect(text).toBe('- A (KC-1): mờ\n- B (KC-1): thiếu\n');
  });

  it('renders missing values as nothing and refuses an unknown filter', () => {
    expect(renderTemplate('[{{nope}}]', {}, { html: false, filters })).toBe('[]');
    expect(() => renderTemplate('{{a | shout}}', { a: 1 }, { html: false, filters })).toThrow(
      /unknown template filter/,
    );
  });
});
