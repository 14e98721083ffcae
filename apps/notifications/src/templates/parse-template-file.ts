/** One template file: header lines (`subject:`, optional `short:`), then `--- text` and `--- html` sections. */
export interface TemplateFile {
  subject: string;
  short?: string;
  text: string;
  html: string;
}

export function parseTemplateFile(source: string): TemplateFile {
  const sections = source.split(/^--- (text|html)\s*$/m);
  const header = sections[0];
  const part = (name: string) => {
    const at = sections.indexOf(name);
    if (at < 0) throw new Error(`template has no "--- ${name}" section`);
    return sections[at + 1].trim();
  };
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(header)?.[1].trim();
  const subject = field('subject');
  if (!subject) throw new Error('template has no "subject:" line');
  return { subject, short: field('short'), text: part('text'), html: part('html') };
}
