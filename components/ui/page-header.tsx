import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links on the right, e.g. Export. They wrap below the title on phones. */
  actions?: ReactNode;
  /** A small line above the title, e.g. <Breadcrumbs />. */
  before?: ReactNode;
  /** A meta line under the description, e.g. "Jul–Sep 1988 · 14 articles from 9 outlets". */
  meta?: ReactNode;
}

export function PageHeader({ title, description, actions, before, meta }: PageHeaderProps) {
  return (
    <div className="page-header">
      {before}
      <div className="page-header__row">
        <div className="page-header__text">
          <h1>{title}</h1>
          {description ? <div className="page-header__description">{description}</div> : null}
          {meta ? <div className="page-header__meta">{meta}</div> : null}
        </div>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
    </div>
  );
}
