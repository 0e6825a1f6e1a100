/**
 * Text from users (a name, a department path with slashes, a grid's title) made safe inside a file
 * name: Windows refuses \ / : * ? " < > | and control characters, and Explorer silently drops a
 * trailing dot or space; capped in length so a long title does not run past the path limit.
 */
export function fileSafe(text: string, max = 120): string {
  const safe = text
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .replace(/[. ]+$/, '')
    .trim()
  return safe === '' ? '_' : [...safe].slice(0, max).join('')
}
