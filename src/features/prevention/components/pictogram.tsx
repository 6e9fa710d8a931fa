import type { ReactNode } from 'react';
import type { Pictogram as ContentPictogram } from '../../../shared/kinds/article.ts';

/** Pictograms of the content (article records) and of the interface. */
export type PictogramName = ContentPictogram | 'info' | 'check' | 'arrow' | 'speaker' | 'stop';

// Simple line drawings on a 24 × 24 grid, stroked in the text colour. Drawn here, inline,
// so that nothing is fetched from anywhere (SAFETY.md rule 1).
const SHAPES: Record<PictogramName, ReactNode> = {
  people: (
    <>
      <circle cx="8" cy="7" r="3" />
      <circle cx="16.5" cy="8" r="2.5" />
      <path d="M2.5 20v-1.5A5.5 5.5 0 0 1 8 13a5.5 5.5 0 0 1 5.5 5.5V20M14 14.2a4.5 4.5 0 0 1 7.5 3.3V20" />
    </>
  ),
  document: <path d="M6 2.5h8.5l4 4V21.5H6zM14 2.5V7h4.5M9 11.5h6.5M9 15h6.5M9 18.5h4" />,
  hands: <path d="M2 14l4-4 3 1 3-2 3 2 3-1 4 4M5 11l5 6a2 2 0 0 0 3 0l1-1M9 15l2 2M12 13l3 3" />,
  bag: (
    <>
      <rect x="3.5" y="7" width="17" height="13.5" rx="2" />
      <path d="M9 7V5a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v2M3.5 12.5h17" />
    </>
  ),
  hand: (
    <path d="M7.5 12V5.5a1.5 1.5 0 0 1 3 0V11M10.5 10.5v-6a1.5 1.5 0 0 1 3 0v6M13.5 10.5V6a1.5 1.5 0 0 1 3 0v6M16.5 11V9a1.5 1.5 0 0 1 3 0v6a7 7 0 0 1-7 7h-.5a6 6 0 0 1-5-2.7L4.3 15.5a1.5 1.5 0 0 1 2.4-1.8l.8 1" />
  ),
  rings: (
    <>
      <circle cx="9" cy="14" r="5.5" />
      <circle cx="15" cy="14" r="5.5" />
      <path d="M10 5l2-2.5L14 5" />
    </>
  ),
  family: (
    <>
      <circle cx="8" cy="5" r="2.5" />
      <path d="M4 21v-7.5a4 4 0 0 1 8 0V21" />
      <circle cx="17" cy="10.5" r="2" />
      <path d="M14 21v-4a3 3 0 0 1 6 0v4" />
    </>
  ),
  house: <path d="M3 11.5l9-8 9 8M5.5 9.5V21h13V9.5M10 21v-6h4v6" />,
  phone: (
    <path d="M5 3h3.5l2 5-2.3 1.4a11 11 0 0 0 6.4 6.4L16 13.5l5 2V19a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" />
  ),
  alert: <path d="M12 3.5l9.5 17h-19zM12 10v4.5M12 17.5v.5" />,
  chat: <path d="M4 4.5h16v11H9l-5 4zM8 9h8M8 12h5" />,
  lock: (
    <>
      <rect x="5" y="10.5" width="14" height="10.5" rx="2" />
      <path d="M8 10.5V7a4 4 0 0 1 8 0v3.5M12 14.5v3" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6M12 7.5v.5" />
    </>
  ),
  check: <path d="M4.5 12.5l5 5L20 7" />,
  arrow: <path d="M4.5 12h15M13.5 6l6 6-6 6" />,
  speaker: <path d="M4 9h4l5-4v14l-5-4H4zM16.5 9a4 4 0 0 1 0 6M19 6.5a7.5 7.5 0 0 1 0 11" />,
  stop: <rect x="6" y="6" width="12" height="12" rx="1.5" />,
};

/** A decorative pictogram: the text beside it carries the meaning, so screen readers skip it. */
export function Pictogram({ name, className }: { name: PictogramName; className?: string }) {
  return (
    <svg
      className={['pictogram', `pictogram-${name}`, className].filter(Boolean).join(' ')}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[name]}
    </svg>
  );
}
