import { domainWord } from '../../../../shared/i18n/domain-words'

const tones: Record<string, string> = {
  好: 'ok',
  优秀: 'ok',
  较好: 'info',
  称职: 'info',
  一般: 'warn',
  基本称职: 'warn',
  较差: 'bad',
  不称职: 'bad',
}

/** A grade as a coloured chip: green 好/优秀, blue 较好/称职, amber 一般/基本称职, red 较差/不称职, grey otherwise. */
export function GradeChip({ grade }: { grade: string }) {
  if (!grade) return null
  return (
    <span className={`chip chip-${tones[grade] ?? 'plain'}`} data-grade={grade}>
      {domainWord(grade)}
    </span>
  )
}
