/**
 * The look every Kaohe chart shares, on screen and in printed workbooks: an official report's
 * sober navy/grey palette and the CJK fonts a Chinese office has (SimHei on Windows, Noto Sans CJK
 * on Linux). Sizes are chosen to stay readable (≈ 7–8 pt) when a 1000-px image is printed 16 cm wide.
 */
export const chartFont = 'SimHei, Noto Sans CJK SC, sans-serif'

/** series colours in the order a chart uses them: navy, slate, muted ochre, muted green, grey */
export const chartPalette = ['#2f4b7c', '#7a8ca3', '#b08d57', '#5b7f65', '#9e9e9e'] as const

/** colours by grade so the same grade looks the same in every chart; 不定等次 is always grey */
export const gradeColours: Readonly<Record<string, string>> = {
  优秀: '#2f4b7c',
  称职: '#5f7ea8',
  基本称职: '#b08d57',
  不称职: '#8c3b3b',
  好: '#2f4b7c',
  较好: '#5f7ea8',
  一般: '#b08d57',
  较差: '#8c3b3b',
  不定等次: '#9e9e9e',
}

export const textColour = '#222222'
export const axisColour = '#555555'
export const gridLineColour = '#dddddd'

export const titleStyle = { fontFamily: chartFont, fontSize: 22, fontWeight: 'bold', color: textColour } as const
export const subtitleStyle = { fontFamily: chartFont, fontSize: 15, color: axisColour } as const
export const labelStyle = { fontFamily: chartFont, fontSize: 16, color: textColour } as const
export const axisNameStyle = { fontFamily: chartFont, fontSize: 15, color: axisColour } as const

/**
 * Where a score axis starts: 10 below the lowest score shown, down to a multiple of 10, never below
 * 0, so differences between 80 and 95 are visible instead of squeezed against the 100 rim.
 */
export function scoreAxisMin(scores: readonly (number | null)[]): number {
  const shown = scores.filter((v): v is number => v !== null)
  if (shown.length === 0) return 0
  return Math.max(0, Math.floor((Math.min(...shown) - 10) / 10) * 10)
}
