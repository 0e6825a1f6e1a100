import type { ReactNode } from 'react'
import { Brand } from '../../components/brand'
import { FormCard } from '../../components/field'
import './sign-in.css'

interface SignInFrameProps {
  testId: string
  title: string
  /** the language switch, the same one the shell's header has */
  localeSwitch: ReactNode
  /** Enter in any field sends the form */
  onSubmit?(): void
  children: ReactNode
}

/**
 * The screens before the app (首次启动, 登录, 修改初始密码): one card in the middle of the window,
 * headed by the brand as the shell's header shows it, the form below.
 */
export function SignInFrame({ testId, title, localeSwitch, onSubmit, children }: SignInFrameProps) {
  return (
    <div className="sign-in-screen">
      <div className="sign-in-card">
        <header className="sign-in-brand">
          <Brand titleClassName="sign-in-title" />
          <span className="grow" />
          {localeSwitch}
        </header>
        <FormCard title={title} testId={testId} className="sign-in-form" onSubmit={onSubmit}>
          {children}
        </FormCard>
      </div>
    </div>
  )
}
