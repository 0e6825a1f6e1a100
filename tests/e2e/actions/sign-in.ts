import type { Page } from 'playwright-core'
import { Shell } from '../pages/shell'
import { SignInPageModel } from '../pages/sign-in-page'

/** Types the account and password into 登录 and presses Enter, as a person would. */
export async function submitSignIn(page: Page, name: string, password: string): Promise<SignInPageModel> {
  const form = new SignInPageModel(page)
  await form.name.waitFor()
  await form.name.fill(name)
  await form.password.fill(password)
  await form.password.press('Enter')
  return form
}

/** Signs in through the form and waits for the app: its header names the account. */
export async function signInThroughForm(page: Page, name: string, password: string): Promise<void> {
  await submitSignIn(page, name, password)
  const shell = new Shell(page)
  await shell.navigation.waitFor()
  await shell.currentUser.filter({ hasText: name }).waitFor()
}

/** 退出登录 from the header; waits for the sign-in screen. */
export async function signOutThroughHeader(page: Page): Promise<SignInPageModel> {
  await new Shell(page).signOut.click()
  const form = new SignInPageModel(page)
  await form.form.waitFor()
  return form
}
