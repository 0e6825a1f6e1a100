/**
 * The entry grid's pure parts: what a typed or pasted text means as a score, and how a pasted block
 * lands on the grid from the focused cell. No React, no grid: tested through the e2e and easy to read.
 */

export type CellKey = `${string}|${string}`
export const cellKey = (staffNo: string, code: string): CellKey => `${staffNo}|${code}`

export type Parsed = { ok: true; value: number | null } | { ok: false; reason: 'notNumber' | 'range' }

const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff05]/g

/** A score as typed: blank clears; full-width digits and a trailing % are read; 0–100 only. */
export function parseScore(text: unknown): Parsed {
  if (text === null || text === undefined) return { ok: true, value: null }
  const raw = String(text)
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
  if (raw === '') return { ok: true, value: null }
  const cleaned = raw.endsWith('%') ? raw.slice(0, -1).trim() : raw
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return { ok: false, reason: 'notNumber' }
  const value = Number(cleaned)
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' }
  if (value < 0 || value > 100) return { ok: false, reason: 'range' }
  return { ok: true, value }
}

/** Excel's clipboard: rows by newline, cells by tab; a trailing newline is not a row. */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines.map((l) => l.split('\t'))
}

export interface BlockTarget {
  staffNo: string
  code: string
  text: string
}

/** Lays a block onto the rows and columns in display order from the focused cell; cells beyond the grid are dropped. */
export function placeBlock(block: string[][], rowOrder: string[], colOrder: string[], fromRow: number, fromCol: number): BlockTarget[] {
  const out: BlockTarget[] = []
  block.forEach((cells, r) => {
    const staffNo = rowOrder[fromRow + r]
    if (staffNo === undefined) return
    cells.forEach((text, c) => {
      const code = colOrder[fromCol + c]
      if (code === undefined) return
      out.push({ staffNo, code, text })
    })
  })
  return out
}
