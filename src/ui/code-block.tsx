/** Preformatted text with a visible label, scrollable and keyboard-focusable. */
export function CodeBlock({ label, text }: { label: string; text: string }) {
  return (
    <figure className="code-block">
      <figcaption>{label}</figcaption>
      <pre tabIndex={0} aria-label={label}>
        <code>{text}</code>
      </pre>
    </figure>
  );
}
