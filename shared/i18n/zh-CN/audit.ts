/** Backend messages of the audit log: the chain's verification and the command line. */
export const auditMessages = {
  'audit.verify.ok': '审计日志完整：共 {rows} 条记录，逐条核对无误。',
  'audit.verify.edited': '审计日志第 {id} 条记录在写入后被改动过：它的内容与它的摘要对不上。',
  'audit.verify.missing': '审计日志第 {id} 条记录被删除了：它后面的记录还指向它，但它已不在日志中。',
  'audit.verify.relinked': '审计日志第 {id} 条记录与它前面的第 {prev} 条记录接不上：前一条在写入后被改动并重算了摘要，或这两条中有一条是事后插入或替换的。',
  'audit.verify.relinkedFirst': '审计日志第 {id} 条记录是日志的第一条，却记着前一条的摘要：它是事后插入或替换的。',
  'audit.verify.truncated': '审计日志末尾的记录被删除了：日志头记录写明最后一条是第 {id} 条，现在日志只到第 {prev} 条。',
  'audit.verify.emptied': '审计日志的记录全部被删除了：日志头记录写明最后一条是第 {id} 条，现在日志中一条也没有。',
  'audit.verify.head': '审计日志的日志头记录与日志对不上（第 {id} 条记录处）：日志头记录被改动或删除过，或者有记录是绕过本程序追加的。',
  'audit.cli.badDate': '“{value}”不是日期：请写成 2025-06-01 这样的日期，或 2025-06-01T08:00:00+08:00 这样的时刻。',
  'audit.cli.badLimit': '“{value}”不是 1 到 5000 之间的整数。',
  'audit.cli.none': '没有符合条件的审计记录。',
  'audit.cli.entry': '#{id}\t{at}\t{user}\t{method}\t{entity}',
  'audit.cli.sub': 'audit verify 或 audit list',
}
