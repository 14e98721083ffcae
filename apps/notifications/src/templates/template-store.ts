import fs from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { findWorkspaceRoot } from '@kc/observability';
import { Languages, type Language } from './language';
import { parseTemplateFile, type TemplateFile } from './parse-template-file';
import { renderTemplate } from './render-template';
import { filtersFor } from './template-filters';

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** One line for SMS / Zalo. */
  short: string;
}

/** Templates live as files next to this one (`<key>.<language>.tpl`, `layout.<language>.html`), read once. */
export const TEMPLATES_DIR = path.join(findWorkspaceRoot(), 'apps/notifications/src/templates/files');

@Injectable()
export class TemplateStore {
  private readonly templates = new Map<string, TemplateFile>();
  private readonly layouts = new Map<Language, string>();

  constructor() {
    for (const name of fs.readdirSync(TEMPLATES_DIR)) {
      const match = /^([a-z0-9-]+)\.(vi|en)\.tpl$/.exec(name);
      if (match) this.templates.set(`${match[1]}.${match[2]}`, parseTemplateFile(read(name)));
    }
    for (const language of Languages) this.layouts.set(language, read(`layout.${language}.html`));
  }

  has(key: string): boolean {
    return Languages.every((language) => this.templates.has(`${key}.${language}`));
  }

  render(key: string, language: Language, data: Record<string, unknown>): RenderedMessage {
    const file = this.templates.get(`${key}.${language}`);
    if (!file) throw new Error(`no template ${key}.${language}.tpl in ${TEMPLATES_DIR}`);
    const filters = filtersFor(language);
    const text = (t: string) => renderTemplate(t, data, { html: false, filters }).trim();
    const subject = text(file.subject);
    const body = renderTemplate(file.html, data, { html: true, filters });
    const html = renderTemplate(this.layouts.get(language)!, { subject, link: data.link }, { html: true, filters })
      // The body is already escaped HTML: it is placed, not rendered again.
      .replace('<!--body-->', () => body);
    return { subject, text: text(file.text), html, short: file.short ? text(file.short) : subject };
  }
}

function read(name: string): string {
  return fs.readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
}
