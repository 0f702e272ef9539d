import type { ReactNode } from 'react';

export interface SectionProps {
  id: string;
  title: string;
  /** One sentence under the heading: what this step is for. */
  lead?: ReactNode;
  children: ReactNode;
}

/** One step of the page, named by its heading for screen readers. */
export function Section({ id, title, lead, children }: SectionProps) {
  return (
    <section id={id} className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </section>
  );
}
