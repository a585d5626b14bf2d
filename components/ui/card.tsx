import { useId, type ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  /** Small controls in the card header, e.g. an Export link. */
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Heading level of the title. Default 2 (cards sit directly under the page's h1). */
  headingLevel?: 2 | 3 | 4;
  className?: string;
  /** The section's own id, for a link to it (`/import#in-the-corpus`). */
  anchor?: string;
}

/** A titled card is a <section> labelled by its heading so it shows up as a landmark region. */
export function Card({ title, actions, description, children, headingLevel = 2, className, anchor }: CardProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const classes = ['card', className].filter(Boolean).join(' ');
  const hasHeader = title !== undefined || actions !== undefined;
  const body = (
    <>
      {hasHeader ? (
        <div className="card__header">
          {title !== undefined ? (
            <Heading id={id} className="card__title">
              {title}
            </Heading>
          ) : null}
          {actions ? <div className="card__actions">{actions}</div> : null}
        </div>
      ) : null}
      {description ? <div className="card__description">{description}</div> : null}
      <div className="card__body">{children}</div>
    </>
  );
  return title !== undefined ? (
    <section className={classes} aria-labelledby={id} id={anchor}>
      {body}
    </section>
  ) : (
    <div className={classes} id={anchor}>
      {body}
    </div>
  );
}
