import { Fragment } from 'react';

/**
 * Text whose `backtick` spans are code, as the core writes its reasons, shown without the raw
 * backticks.
 */
export function InlineCode({ text }: { text: string }) {
  const pieces = text.split('`');
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 1 ? (
          <code key={index}>{piece}</code>
        ) : (
          <Fragment key={index}>{piece}</Fragment>
        ),
      )}
    </>
  );
}
