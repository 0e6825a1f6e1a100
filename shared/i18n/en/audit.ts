import type { auditMessages as zh } from '../zh-CN/audit'

export const auditMessages: Record<keyof typeof zh, string> = {
  'audit.verify.ok': 'Audit log intact: {rows} entries, each checked.',
  'audit.verify.edited': 'Audit entry {id} was changed after it was written: its content no longer matches its hash.',
  'audit.verify.missing': 'Audit entry {id} was deleted: the entry after it still points to it, but it is no longer in the log.',
  'audit.verify.relinked': 'Audit entry {id} does not link to entry {prev} before it: that entry was changed and its hash recomputed, or one of the two was inserted or replaced afterwards.',
  'audit.verify.relinkedFirst': 'Audit entry {id} is the first in the log yet records a hash of an entry before it: it was inserted or replaced afterwards.',
  'audit.verify.truncated': 'Entries at the end of the audit log were deleted: the log head says the last entry is {id}, but the log now ends at entry {prev}.',
  'audit.verify.emptied': 'Every entry of the audit log was deleted: the log head says the last entry is {id}, but the log is empty.',
  'audit.verify.head': 'The audit log head does not match the log (at entry {id}): the head was changed or deleted, or entries were added outside the application.',
  'audit.cli.badDate': '"{value}" is not a date: write 2025-06-01, or a moment such as 2025-06-01T08:00:00+08:00.',
  'audit.cli.badLimit': '"{value}" is not a whole number from 1 to 5000.',
  'audit.cli.none': 'No audit entries match.',
  'audit.cli.entry': '#{id}\t{at}\t{user}\t{method}\t{entity}',
  'audit.cli.sub': 'audit verify or audit list',
}
