import type { BlockedGroup } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'

const NAMES_SHOWN = 5

/** 财政所 › 个人述职 for 3 people: who still lacks a stage, by department, each group with the way to the screen that fixes it. */
export function BlockedGroups({ groups, onFix }: { groups: BlockedGroup[]; onFix(group: BlockedGroup): void }) {
  const departments = [...new Set(groups.map((g) => g.department))]
  return (
    <div className="blocked-groups" data-testid="period-advance-groups">
      <p className="small">{t('ui.advance.groupsTitle')}</p>
      {departments.map((d) => (
        <section key={d} className="blocked-department" data-testid="period-advance-department" data-department={d}>
          <strong data-user-text>{d}</strong>
          <ul className="plain-list">
            {groups
              .filter((g) => g.department === d)
              .map((g) => {
                const names = g.people.slice(0, NAMES_SHOWN).map((p) => p.name).join('、')
                const stage = t(`ui.stage.${g.stage}`)
                return (
                  <li key={g.stage} className="blocked-group" data-testid="period-advance-group" data-stage={g.stage} data-count={g.people.length}>
                    <span>
                      {t('ui.advance.groupLine', { n: g.people.length, stage, names: '' })}
                      <span data-user-text>{g.people.length > NAMES_SHOWN ? t('ui.advance.groupMore', { names }) : names}</span>
                    </span>
                    <button type="button" className="button button-small" data-testid="period-advance-fix" onClick={() => onFix(g)}>
                      {g.stage === 'peer' ? t('ui.advance.fix.peer') : t('ui.advance.fix.stage', { stage })}
                    </button>
                  </li>
                )
              })}
          </ul>
        </section>
      ))}
    </div>
  )
}
