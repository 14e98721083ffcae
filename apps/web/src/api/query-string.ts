// Path segments and query strings of the service routes: empty and missing values are left out.
export const enc = encodeURIComponent;
export const qs = (q: Record<string, string | number | boolean | undefined>) =>
  new URLSearchParams(
    Object.entries(q)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
