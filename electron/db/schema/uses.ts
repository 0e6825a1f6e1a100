export interface ResultUseTable {
  year: number
  list: string
  /** staff number, or department path for the per-department lists */
  subject: string
  /** 'pending' | 'done' */
  status: string
  note: string | null
  updated_by: string
  updated_at: string
}

/** How a year's results are put to use (结果运用), list by list, with each entry's status. */
export interface UseTables {
  result_uses: ResultUseTable
}
