/**
 * The callback body with `${variable}` inserted at `at`. A form-encoded body gets `name=${variable}`
 * joined with `&` (the name without `imageInfo.` / `x:`); a JSON body gets the bare `${variable}`.
 * Returns the caret after the insertion.
 */
export function insertCallbackVariable(
  body: string,
  at: number,
  variable: string,
  bodyType: string,
): { body: string; caret: number } {
  const before = body.slice(0, at);
  const after = body.slice(at);
  let text = `\${${variable}}`;
  if (bodyType !== 'application/json') {
    const name = variable.replace(/^imageInfo\./, '').replace(/^x:/, '');
    const joiner = before !== '' && !/[&{,\s]$/.test(before) ? '&' : '';
    const trailer = after !== '' && !/^[&}\s]/.test(after) ? '&' : '';
    text = `${joiner}${name}=${text}${trailer}`;
  }
  return { body: `${before}${text}${after}`, caret: before.length + text.length };
}
