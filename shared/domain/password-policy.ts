/** The unit's password policy (a setting): a minimum length and how many character classes. */
export interface PasswordPolicy {
  minLength: number
  /** of the four: lower case, upper case, digits, other signs */
  minClasses: number
}

export const defaultPasswordPolicy: PasswordPolicy = { minLength: 10, minClasses: 3 }

export type PasswordFault = { kind: 'short'; minLength: number } | { kind: 'classes'; minClasses: number; found: number } | { kind: 'same-as-name' } | { kind: 'unchanged' }

/** What is wrong with a new password under the policy; empty when it may be used. */
export function passwordFaults(password: string, policy: PasswordPolicy, ctx: { name: string; old?: string }): PasswordFault[] {
  const faults: PasswordFault[] = []
  if ([...password].length < policy.minLength) faults.push({ kind: 'short', minLength: policy.minLength })
  const found = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length
  if (found < policy.minClasses) faults.push({ kind: 'classes', minClasses: policy.minClasses, found })
  if (password.toLowerCase().includes(ctx.name.toLowerCase()) && ctx.name.length >= 3) faults.push({ kind: 'same-as-name' })
  if (ctx.old !== undefined && password === ctx.old) faults.push({ kind: 'unchanged' })
  return faults
}
