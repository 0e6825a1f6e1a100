/**
 * The office's own words inside an interface sentence ("6 new departments: 党政办公室、财政所"): the
 * backend wraps them in Unicode isolate marks (FSI … PDI), which also keep a mixed-script line
 * reading in order, so a screen can show them as the office's data — not as words the interface
 * failed to translate — and a tool can strip them where plain text is wanted.
 */
const open = '\u2068'
const close = '\u2069'

export function officeText(value: string | number): string {
  return `${open}${value}${close}`
}

export interface TextPart {
  text: string
  office: boolean
}

/** A sentence split into its interface words and the office's own (marks removed). */
export function splitOfficeText(sentence: string): TextPart[] {
  const parts: TextPart[] = []
  const re = /\u2068([^\u2069]*)\u2069/g
  let at = 0
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m.index > at) parts.push({ text: sentence.slice(at, m.index), office: false })
    parts.push({ text: m[1], office: true })
    at = m.index + m[0].length
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at), office: false })
  return parts
}

/** The sentence as plain text, for files and logs. */
export function plainText(sentence: string): string {
  return sentence.replace(/[\u2068\u2069]/g, '')
}
