/**
 * A sheet name Excel accepts, unique in its workbook: Excel refuses : \ / ? * [ ] in sheet names,
 * a name that starts or ends with an apostrophe, an empty name and names longer than 31 characters
 * (department, expert and grid names come from users and may hold any of them), and two sheets may
 * not share a name ignoring case, so a repeat gets (2), (3) … within the 31.
 * `taken` holds the names used so far, in lower case.
 */
export function sheetName(wanted: string, taken: Set<string>, fallback = 'Sheet'): string {
  const cleaned = wanted.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|'+$/g, '').trim()
  const clean = cleaned === '' ? fallback : cleaned
  // counted in code points, so a name is never cut in the middle of a character outside the BMP
  let name = [...clean].slice(0, 31).join('')
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = `(${i})`
    name = [...clean].slice(0, 31 - suffix.length).join('') + suffix
  }
  taken.add(name.toLowerCase())
  return name
}
