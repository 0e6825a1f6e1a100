import { snapToScale } from '../../../../../shared/domain/ahp'
import { t } from '../../../../../shared/i18n'
import { Select } from '../../../components/inputs'
import { judgmentText, scaleOptions, type Criterion } from './weights-model'

const scaleTexts = scaleOptions.map((o) => o.text)

interface Props {
  criteria: Criterion[]
  matrix: number[][]
  /** cells "row-col" (upper triangle) the suggestions point at */
  flagged: ReadonlySet<string>
  onJudge(row: number, col: number, value: number): void
}

/**
 * The pairwise matrix: the upper triangle is chosen on the Saaty scale ("row compared with
 * column"), the diagonal is 1 and the lower triangle mirrors as reciprocals. A plain table: n ≤ 15.
 */
export function AhpMatrix({ criteria, matrix, flagged, onJudge }: Props) {
  return (
    <div className="ahp-matrix-scroll">
      <table className="table ahp-matrix" data-testid="ahp-matrix">
        <thead>
          <tr>
            <th className="ahp-corner">{t('ui.ahp.corner')}</th>
            {criteria.map((c, j) => (
              <th key={c.code} title={`${c.code} ${c.name}`} className="ahp-col-head" data-user-text>
                <span className="ahp-index">{j + 1}</span> {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => (
            <tr key={c.code}>
              <th title={`${c.code} ${c.name}`} className="ahp-row-head" data-user-text>
                <span className="ahp-index">{i + 1}</span> {c.name}
              </th>
              {criteria.map((_, j) => {
                const v = matrix[i]?.[j] ?? 1
                if (i === j)
                  return (
                    <td key={j} className="ahp-diag">
                      1
                    </td>
                  )
                if (i > j)
                  return (
                    <td key={j} className={flagged.has(`${j}-${i}`) ? 'ahp-mirror ahp-flag' : 'ahp-mirror'} data-testid={`ahp-cell-${i}-${j}`}>
                      {judgmentText(v)}
                    </td>
                  )
                const snapped = snapToScale(v)
                return (
                  <td key={j} className={flagged.has(`${i}-${j}`) ? 'ahp-upper ahp-flag' : 'ahp-upper'}>
                    <Select
                      testId={`ahp-cell-${i}-${j}`}
                      aria-label={t('ui.ahp.cellLabel', { row: criteria[i].name, col: criteria[j].name })}
                      value={snapped === null ? '' : judgmentText(snapped)}
                      options={scaleTexts}
                      empty={snapped === null ? judgmentText(v) : undefined}
                      onChange={(text) => {
                        const opt = scaleOptions.find((o) => o.text === text)
                        if (opt) onJudge(i, j, opt.value)
                      }}
                    />
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
