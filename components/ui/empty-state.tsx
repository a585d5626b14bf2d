import Link from 'next/link';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** Say why it is empty and what to do next, e.g. "Import a corpus with `npm run import`". */
  description: ReactNode;
  action?: { label: string; href: string };
  /** Heading level, so an empty state inside a Card does not jump the outline. Default 2. */
  headingLevel?: 2 | 3 | 4;
  children?: ReactNode;
}

export function EmptyState({ title, description, action, headingLevel = 2, children }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="empty-state">
      <Heading className="empty-state__title">{title}</Heading>
      <div className="empty-state__description">{description}</div>
      {children}
      {action ? (
        <p className="empty-state__action">
          <Link href={action.href} className="button">
            {action.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
