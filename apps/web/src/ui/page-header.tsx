import { useEffect, useRef, type ReactNode } from 'react';

/** The page's heading; focused on arrival so keyboard and screen-reader users start there. */
export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Khuyến công Đồng Nai`;
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className="page-header">
      <div>
        <h1 tabIndex={-1} ref={ref}>
          {title}
        </h1>
        {subtitle && <p className="subtitle">{subtitle}</p>}
      </div>
      {children && <div className="page-actions">{children}</div>}
    </div>
  );
}
