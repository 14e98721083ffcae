/**
 * A deliberately tiny template language, so templates stay files an officer can edit without code:
 *   {{path.to.value}}          the value (HTML-escaped when rendering HTML)
 *   {{value | date}}           through a filter (see `Filters`)
 *   {{#each list}}…{{/each}}   repeats the block per item; inside, names resolve on the item first
 * A missing value renders as an empty string, or as its filter words it (a missing deadline: "không có hạn");
 * nothing in a template can run code.
 */
/** Each filter is called for missing values (undefined, null) as well, and must word them. */
export type Filters = Readonly<Record<string, (value: unknown) => string>>;

export interface RenderOptions {
  html: boolean;
  filters: Filters;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

type Scope = readonly Record<string, unknown>[];

function lookup(scopes: Scope, path: string): unknown {
  const [head, ...rest] = path.split('.');
  for (const scope of scopes) {
    if (scope !== null && typeof scope === 'object' && Object.hasOwn(scope, head)) {
      return rest.reduce<unknown>(
        (value, key) =>
          value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
        scope[head],
      );
    }
  }
  return undefined;
}

const EACH = /\{\{#each ([\w.]+)\}\}([\s\S]*?)\{\{\/each\}\}/g;
const VALUE = /\{\{\s*([\w.]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g;

function renderIn(template: string, scopes: Scope, options: RenderOptions): string {
  const expanded = template.replace(EACH, (_all, path: string, block: string) => {
    const list = lookup(scopes, path);
    if (!Array.isArray(list)) return '';
    return list.map((item) => renderIn(block, [item as Record<string, unknown>, ...scopes], options)).join('');
  });
  return expanded.replace(VALUE, (_all, path: string, filter: string | undefined) => {
    const value = lookup(scopes, path);
    let text: string;
    if (filter) {
      const apply = options.filters[filter];
      if (!apply) throw new Error(`unknown template filter "${filter}"`);
      // A filter sees missing values too: it is the one that knows how to say "none" in its language.
      text = apply(value);
    } else {
      text = value === undefined || value === null ? '' : String(value);
    }
    return options.html ? escapeHtml(text) : text;
  });
}

export function renderTemplate(template: string, data: Record<string, unknown>, options: RenderOptions): string {
  return renderIn(template, [data], options);
}
