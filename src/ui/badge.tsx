import type { ReactNode } from 'react';

export type BadgeTone = 'info' | 'ok' | 'warning' | 'error';

/** A short label with a tone, e.g. "local sandbox". */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
