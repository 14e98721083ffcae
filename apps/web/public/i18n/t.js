import vi from './vi.js';

/** Looks a message up by dotted key and fills `{param}`s; an unknown key shows itself so gaps are visible. */
export function t(key, params = {}) {
  const value = key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), vi);
  if (typeof value !== 'string') return value ?? key;
  return value.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}
