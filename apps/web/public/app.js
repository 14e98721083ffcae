import { h, clear } from './ui/dom.js';
import { t } from './i18n/t.js';
import { clearSession, getSession, onSessionChange } from './session.js';
import { errorState, loading } from './ui/components.js';

/** Hash routes: #/path?query. Pages are ES modules loaded on first visit. */
const routes = [
  { path: /^\/?$/, page: () => import('./pages/home.js') },
  { path: /^\/dang-ky$/, page: () => import('./pages/register.js') },
  { path: /^\/dang-nhap$/, page: () => import('./pages/login.js') },
  { path: /^\/ho-so$/, page: () => import('./pages/my-dossiers.js'), auth: true },
  { path: /^\/ho-so\/moi$/, page: () => import('./pages/new-dossier.js'), auth: true },
  { path: /^\/ho-so\/([\w-]+)$/, page: () => import('./pages/dossier.js'), auth: true },
  { path: /^\/tra-cuu$/, page: () => import('./pages/lookup.js') },
];

const main = document.getElementById('main');
let navigation = 0;

export function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

/** A one-shot message shown at the top of the next page (e.g. "signed out"). */
export function flash(message) {
  sessionStorage.setItem('kc.flash', message);
}

function parseHash() {
  const raw = decodeURI(location.hash.replace(/^#/, '')) || '/';
  const [path, qs = ''] = raw.split('?');
  return { path, query: Object.fromEntries(new URLSearchParams(qs)) };
}

async function route() {
  const current = ++navigation;
  const { path, query } = parseHash();
  const match = routes.map((r) => ({ r, m: path.match(r.path) })).find((x) => x.m);
  renderNav(path);
  if (match?.r.auth && !getSession()) {
    flash(t('auth.mustLogin'));
    location.replace(`#/dang-nhap?next=${encodeURIComponent(path)}`);
    return;
  }
  clear(main, loading());
  try {
    const module = match ? await match.r.page() : await import('./pages/not-found.js');
    if (current !== navigation) return;
    const page = h('div', { class: 'page' });
    const message = sessionStorage.getItem('kc.flash');
    sessionStorage.removeItem('kc.flash');
    if (message) page.append(h('div', { class: 'alert alert-info flash', role: 'status' }, message));
    const ctx = { params: match?.m.slice(1) ?? [], query, isCurrent: () => current === navigation };
    const content = h('div', {});
    page.append(content);
    clear(main, page);
    document.title = `${module.title?.(ctx) ?? t('app.name')} · ${t('app.name')}`;
    await module.render(content, ctx);
    if (current !== navigation) return;
    // Move focus to the new page's heading so keyboard and screen-reader users start there.
    if (!main.contains(document.activeElement)) (main.querySelector('h1') ?? main).focus({ preventScroll: true });
    window.scrollTo(0, 0);
  } catch (error) {
    if (current !== navigation) return;
    console.error(error);
    clear(main, errorState(error, route));
  }
}

function renderNav(path) {
  const session = getSession();
  const link = (href, label, active) =>
    h('a', { href, class: 'nav-link', 'aria-current': active ? 'page' : null }, label);
  const items = [
    link('#/', t('nav.home'), path === '/' || path === ''),
    link('#/tra-cuu', t('nav.lookup'), path === '/tra-cuu'),
  ];
  if (session) {
    items.push(
      link('#/ho-so', t('nav.myDossiers'), path.startsWith('/ho-so')),
      h(
        'span',
        { class: 'nav-user' },
        h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(session.user.name)),
        h('span', { class: 'nav-user-name', title: session.user.email }, session.user.name),
      ),
      h('button', { type: 'button', class: 'btn btn-light btn-sm', onclick: logout }, t('nav.logout')),
    );
  } else {
    items.push(
      link('#/dang-nhap', t('nav.login'), path === '/dang-nhap'),
      h(
        'a',
        { href: '#/dang-ky', class: 'btn btn-light btn-sm', 'aria-current': path === '/dang-ky' ? 'page' : null },
        t('nav.register'),
      ),
    );
  }
  clear(document.getElementById('site-nav'), items);
}

function initials(name = '') {
  const words = name
    .replace(/\(.*\)/, '')
    .trim()
    .split(/\s+/);
  return ((words.at(-1)?.[0] ?? '') || '?').toUpperCase();
}

function logout() {
  clearSession();
  flash(t('auth.loggedOut'));
  navigate('#/');
}

clear(
  document.getElementById('site-footer'),
  h('p', {}, t('app.footer')),
  h('p', { class: 'muted', lang: 'en' }, t('app.footerEn')),
);

// The skip link targets #main, which would otherwise be read as a route.
document.querySelector('.skip-link')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});

onSessionChange(() => renderNav(parseHash().path));
window.addEventListener('hashchange', route);
route();
