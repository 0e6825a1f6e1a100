import type { Generated } from 'kysely'

export interface DepartmentTable {
  id: Generated<number>
  name: string
  path: string
  parent_id: number | null
}

export interface PersonTable {
  id: Generated<number>
  staff_no: string
  name: string
  department_id: number
  position_class: string | null
  rank_title: string | null
  is_leader: number
  gender: string | null
  birth: string | null
  /** 身份证号 and phone: sensitive, masked unless the caller's role allows them (migration 008) */
  id_number: string | null
  phone: string | null
  political: string | null
  status: string
  status_reason: string | null
  created_at: string
  updated_at: string
}

/** The roster: departments (a tree, by path) and people. */
export interface RosterTables {
  departments: DepartmentTable
  people: PersonTable
}
