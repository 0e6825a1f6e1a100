/**
 * A sheet name Excel accepts, unique in its workbook: Excel refuses : \ / ? * [ ] in sheet names
 * and names longer than 31 characters (department names from the roster may hold any of them),
 * and two sheets may not share a name, so a repeat gets (2), (3) … within the 31.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[\\/?*[\]:]/g, '_')
  // counted in code points, so a name is never cut in the middle of a character outside the BMP
  let name = [...clean].slice(0, 31).join('')
  for (let i = 2; taken.has(name); i++) {
    const suffix = `(${i})`
    name = [...clean].slice(0, 31 - suffix.length).join('') + suffix
  }
  taken.add(name)
  return name
}
