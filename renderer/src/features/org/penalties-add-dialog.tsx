import { useMemo, useState } from 'react'
import { penaltyRecordTypes, type PenaltyEntry, type PenaltyRecordType, type Person } from '../../../../shared/contract'
import { penaltyRuleText } from '../../../../shared/domain/penalty-rule-text'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { DateInput, NumberInput, SearchInput, Select, TextArea } from '../../components/inputs'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { matchesPerson } from './history-filters'

const SHOWN_MATCHES = 8
/** only 留党察看 carries a term the rule reads (ungraded one or two years after) */
const TERM_TYPE: PenaltyRecordType = '留党察看'
const NEGATIVE_TYPE: PenaltyRecordType = '不担当不作为'

function isoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * 录入一条处分或负面清单: the person found by staff number or name, the type, the decision date,
 * the term for 留党察看, and the reason; the rule it will trigger is shown before saving.
 */
export function PenaltyAddDialog({ people, onAdded, onClose }: { people: readonly Person[]; onAdded(p: PenaltyEntry): void; onClose(): void }) {
  // kept here, not in the finder: 更换 shows the last search again
  const [search, setSearch] = useState('')
  const [person, setPerson] = useState<Person | null>(null)
  const [type, setType] = useState<PenaltyRecordType>('警告')
  const [decidedOn, setDecidedOn] = useState(isoToday())
  const [term, setTerm] = useState('12')
  const [reason, setReason] = useState('')
  const saving = useSubmit()

  const needsTerm = type === TERM_TYPE
  const termMonths = needsTerm && /^\d+$/.test(term.trim()) ? Number(term.trim()) : null
  const termOk = !needsTerm || (termMonths !== null && termMonths <= 600)
  const rule = useMemo(() => {
    const r = penaltyRuleText(type, needsTerm ? termMonths : null)
    return t(r.key, r.params)
  }, [type, needsTerm, termMonths])
  const ok = person !== null && /^\d{4}-\d{2}-\d{2}$/.test(decidedOn) && termOk

  const save = async () => {
    if (!person) return
    await saving.submit(async () => {
      const entry = await rpc('penalties-add', {
        staffNo: person.staffNo,
        type,
        decidedOn,
        ...(needsTerm && termMonths !== null ? { termMonths } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      })
      onAdded(entry)
    })
  }

  return (
    <FormDialog title={t('ui.penalty.addTitle')} testId="penalty-add-dialog" onClose={onClose} submit={saving} action={{ label: t('action.save'), ok, onOk: save }}>
      <div className="form">
        <Field label={t('ui.penalty.person')} group>
          {person ? (
            <span className="penalty-person-chosen">
              <span data-testid="penalty-person-chosen" data-staff-no={person.staffNo}>
                {t('ui.penalty.personChosen', { staffNo: person.staffNo, name: person.name, department: person.department })}
              </span>
              <button type="button" className="button button-small" data-testid="penalty-person-change" onClick={() => setPerson(null)}>
                {t('ui.penalty.personChange')}
              </button>
            </span>
          ) : (
            <PersonFinder people={people} search={search} onSearch={setSearch} onChoose={setPerson} />
          )}
        </Field>
        <div className="form-grid">
          <Field label={t('ui.penalty.type')}>
            <Select testId="penalty-type" value={type} options={[]} onChange={setType}>
              <optgroup label={t('ui.penalty.groupPenalty')}>
                {penaltyRecordTypes
                  .filter((k) => k !== NEGATIVE_TYPE)
                  .map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
              </optgroup>
              <optgroup label={t('ui.penalty.groupNegative')}>
                <option value={NEGATIVE_TYPE}>{NEGATIVE_TYPE}</option>
              </optgroup>
            </Select>
          </Field>
          <Field label={t('ui.penalty.decidedOn')}>
            <DateInput testId="penalty-date" value={decidedOn} onChange={setDecidedOn} />
          </Field>
        </div>
        {needsTerm && (
          <Field label={t('ui.penalty.term')} help={t('ui.penalty.termHelp')}>
            <NumberInput spinner min={0} max={600} step={1} testId="penalty-term" invalid={!termOk} value={term} onChange={setTerm} />
          </Field>
        )}
        <p className="banner banner-info penalty-rule-preview" data-testid="penalty-rule-preview">
          {t('ui.penalty.rulePreview', { rule })}
        </p>
        <Field label={t('ui.penalty.reason')}>
          <TextArea testId="penalty-reason" rows={3} maxLength={1000} placeholder={t('ui.penalty.reasonPlaceholder')} value={reason} onChange={setReason} />
        </Field>
      </div>
    </FormDialog>
  )
}

/** The person by staff number or name: the first matches as buttons, and how many more there are. */
function PersonFinder({ people, search, onSearch, onChoose }: { people: readonly Person[]; search: string; onSearch(s: string): void; onChoose(p: Person): void }) {
  const matches = useMemo(() => (search.trim() ? people.filter((p) => matchesPerson(p, search)) : []), [people, search])
  return (
    <>
      <SearchInput testId="penalty-person-search" placeholder={t('ui.penalty.personSearch')} label={t('ui.penalty.personSearch')} fill value={search} autoFocus onChange={onSearch} />
      {search.trim() !== '' && (
        <ul className="penalty-person-list" data-testid="penalty-person-options">
          {matches.slice(0, SHOWN_MATCHES).map((p) => (
            <li key={p.staffNo}>
              <button type="button" data-testid={`penalty-person-option-${p.staffNo}`} onClick={() => onChoose(p)}>
                <span className="penalty-person-no">{p.staffNo}</span>
                <span>{p.name}</span>
                <span className="muted">{p.department}</span>
              </button>
            </li>
          ))}
          {matches.length === 0 && <li className="muted">{t('ui.penalty.personNone')}</li>}
          {matches.length > SHOWN_MATCHES && <li className="muted">{t('ui.penalty.personMore', { n: matches.length - SHOWN_MATCHES })}</li>}
        </ul>
      )}
    </>
  )
}
