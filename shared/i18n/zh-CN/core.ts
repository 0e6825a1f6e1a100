/** Backend messages about schemes, periods and the transports. */
export const core = {
  'scheme.notFound': '找不到名为“{name}”的指标体系。',
  'scheme.nameTaken': '已有名为“{name}”的指标体系，请换一个名称。',
  'scheme.indicatorNotFound': '指标体系“{name}”中没有编码为“{code}”的指标。',
  'results.locked': '考核周期 {period} 当前状态为“{status}”，结果已锁定，不能重新计算；如需更正，请通过复核或申诉办理。',
  'period.badId': '周期编号“{id}”与类型“{kind}”不符：季度用 2025-Q1 至 2025-Q4，年度用 2025，专项用 2025-S名称。',
  'period.kind.quarter': '季度（平时考核）',
  'period.kind.annual': '年度考核',
  'period.kind.special': '专项考核',
  'period.exists': '考核周期 {id} 已经存在。',
  'period.notFound': '找不到考核周期 {id}，请先创建。',
  'period.emptyScheme': '指标体系“{name}”还没有指标，不能用来创建考核周期。',
  'period.defaultName.quarter': '{year}年{quarter}平时考核',
  'period.defaultName.annual': '{year}年度考核',
  'period.defaultName.special': '{year}年专项考核：{name}',
  'period.quarter.1': '第一季度',
  'period.quarter.2': '第二季度',
  'period.quarter.3': '第三季度',
  'period.quarter.4': '第四季度',
  'period.status.draft': '草稿',
  'period.status.open': '进行中',
  'period.status.review': '审核中',
  'period.status.approved': '已审定',
  'period.status.noticed': '公示中',
  'period.status.final': '已定档',
  'error.wholeInput': '（整体）',
  'cli.help': `用法：kaohe <命令> [选项]

  init [--admin 账号]                           创建或升级数据库；--admin 创建首个系统管理员（密码取自 KAOHE_PASSWORD）
  login [--user 账号]                          登录并保存会话（~/.kaohe/session.json，仅本人可读），此后的命令无需再给密码
  logout                                       退出保存的会话
  password change                              修改密码（原密码 KAOHE_PASSWORD，新密码 KAOHE_NEW_PASSWORD）
  account list [--json]                        账号及其角色、部门范围（系统管理员、安全保密管理员）
  account add --name 账号 [--role 角色] [--departments 部门A,部门B]
                                               新建账号（系统管理员；初始密码取自 KAOHE_NEW_PASSWORD，首次登录须修改）
  account grant 账号 --role 角色 [--departments 部门A,部门B]
                                               授予角色及部门范围（安全保密管理员）；account revoke 账号 --role 角色 收回
  account disable|enable 账号                   停用（其会话随即结束）或恢复账号；account reset-password 账号 重置密码
{imports}
  period create --id 2025-Q1 --kind quarter --scheme 名称 [--name 周期名称]
  period open --id 2025-Q1                      开启周期（其指标体系版本随之冻结）
  period advance --id 2025-Q1                   推进到下一阶段（不满足条件时列出原因）
  period status --id 2025-Q1                    各部门环节进度，及推进到下一阶段还差什么
  period list
  flags --period 2025-Q1 [--run]               交叉核查：可疑评分（--run 先重新核查）
  compute --period 2025-Q1                     计算得分与等次
  results --period 2025-Q1|2025 [--json]       查看结果（等次、建议等次、标记；年度周期另列年度得分）
  explain --period 2025-Q1 --staff 工号 [--json] [--out 文件.xlsx]
                                               个人得分说明：每项评分、权重、贡献分及加减分调整（--out 导出个人考核结果单）
  explain --period 2025-Q1 --all [--department 部门] --out 文件.xlsx
                                               全部人员（或一个部门）的个人考核结果单：每部门一个工作表，每人另起一页
  approve --period 2025-Q1                     党委审定：将“审核中”的周期推进为“已审定”（不满足条件时列出原因）
  override --period 2025-Q1 --staff 工号 --grade 等次 --reason 理由
                                               改定等次（仅限审核中）；--remove --reason 理由 撤销改定；--list 查看改定
  exempt --period 2025-Q1 --staff 工号 --indicator 编码 --evaluation 评估意见 --reason 理由
                                               容错免责（已计算结果的周期随即重新计算）；--list 查看；--remove --id 编号 --reason 理由 撤销
  notice --period 2025 --start 2026-01-12 [--days 5] [--out 公示名单.xlsx]
                                               发布公示（已审定 → 公示中），可同时导出公示名单；只给 --period 时显示已发布的公示
  appeal add --period 2025 --staff 工号 --kind 复核|申诉 --filed 2026-01-20 [--review-decided 日期] --reason 理由
                                               登记复核或申诉（逾期的照样登记并标注）
  appeal decide --id 3 --outcome upheld|rejected --decided 2026-02-10 --decision 决定
                [--correct-rating 编码:评价主体[:评价人]=分数,… | --exempt 编码 --evaluation 评估意见 | --grade 等次]
                                               作出决定；理由成立并附更正时重新计算，保留更正前后结果并列出变化
  appeal list [--period 2025]                  列出复核与申诉及其期限
  okr list [--lagging] [--as-of 2025-07-01] [--department 部门] [--staff 工号] [--year 2025] [--json]
                                               目标与关键结果：完成度、时间进度和滞后预警（--lagging 只列滞后的关键结果）
  audit verify                                 核对审计日志是否完整（未被改动、删除）：完整时打印记录条数，否则以退出码 1 指出第一条有问题的记录
  audit list [--user 用户] [--method 操作] [--entity 对象] [--since 2025-06-01] [--until 2025-06-30] [--limit 200] [--json]
                                               审计记录，最新的在前（默认 200 条，至多 5000 条）
  backup create [--reason 说明]                  立即备份数据库（系统管理员）；最后一行是备份文件的路径
  backup list [--json]                         备份列表，最新的在前：时间、原因、数据库结构版本、SHA-256、大小
  backup restore 文件                            检查后用该备份（备份名或任一考核数据库文件的路径）替换当前数据库；
                                               替换前先备份当前数据，之后所有人须重新登录；文件未通过检查时以退出码 1 说明原因
  calendar show --year 2026 [--json]           该年的节假日安排；--json 为 {"holidays":[日期…],"workdays":[调休上班日期…]}；
                                               未录入的年份两者为空，并在标准错误输出中说明（退出码 0）
  unit set --name 单位名称 [--parent 上级单位] [--credit-code 统一社会信用代码]
                                               设置本单位信息（考核工作人员）；单位名称写在每份导出表格的标题和“说明”中
  unit show [--json]                           本单位信息；--json 为 {"name":…,"parent":…,"creditCode":…}，未填写的为空字符串
  uses --year 2025 [--json] [--out 文件.xlsx]  结果运用清单（嘉奖、记三等功、诫勉、降级、辞退审查、函询、谈话提醒、培训重点、负面清单）
  uses mark --year 2025 --kind 清单 --subject 工号 --status done|pending [--note 说明]
                                               标记运用措施已落实 / 待落实
  export report --period 2025-Q1|2025 --out 文件.xlsx [--omit-sensitive]
                                               导出结果报表（季度：考核结果；年度：年度考核报告，含等次分布图、公示名单、结果运用和年度考核登记表）；
                                               --omit-sensitive 不含敏感信息（身份证号、出生日期、联系电话）
  export departments --period 2025-Q1|2025 --out 文件.xlsx
                                               导出部门汇总（各部门各等次人数与占比、平均分、最高分、最低分，各维度平均得分）
  exchange export --period 2025-Q1[,2025-Q2…]|--all --out 文件.khx [--key-file 密钥文件]
                                               导出交换包（供另一单位导入：人员不含身份证号、出生日期、联系电话；清单带校验和及交换密钥签名）
  exchange import 文件.khx [--key-file 密钥文件] [--dry-run]
                                               校验并导入交换包：列出新增、修改与冲突；有冲突或校验不符时拒绝，不写入任何数据
  exchange key [--key-file 密钥文件]            查看交换密钥指纹；给出密钥文件时设置（或更换）交换密钥。不给 --key-file 时使用已设置的密钥
  scheme show 名称 [--version N] [--for 工号]    查看指标体系，或某人适用的指标与权重
  scheme check 名称 [--version N] [--period ID] 体系检查：权重合计、数量指标占比等
  ahp 矩阵.xlsx [--method eigen|geometric|sum] [--ri saaty|cn]
                                               层次分析法：每个工作表一个判断矩阵

角色：系统管理员、安全保密管理员、安全审计员、考核工作人员、部门领导、只读

通用选项：
  --user 账号   以该账号执行（或环境变量 KAOHE_USER；密码取自 KAOHE_PASSWORD，否则在终端输入）；
                不给时使用 kaohe login 保存的会话。audit list 的 --user 是筛选条件，账号请用 KAOHE_USER
  --db 路径     数据库文件（默认：环境变量 KAOHE_DB，否则 ~/.kaohe/kaohe.db）
  --json        以 JSON 输出，便于其他程序读取
  --dry-run     只预览导入结果，不写入
  --replace     同一文件此前已导入过时，替换那次导入（否则拒绝，以免重复）
  --afterNote stop|read
                表格中间有说明或签字行（如“注：…”）而下面还有数据时：stop 读到这一行为止，
                read 跳过这一行继续读（不给时导入被拒绝，并指出是哪一行）
  --columns 表头=字段,…
                手工指定没有认出的列：字段用 kaohe import 预览里的字段名（如 staffNo、score），
                空字段表示忽略该列；选择会记住，下次导入同样表头的文件时自动沿用

退出码：0 成功；1 失败；2 用法有误；3 须先修改初始密码；4 当前角色无权执行`,
  'cli.import.file': '文件.xlsx',
  'cli.import.placeholder.name': '名称',
  'cli.import.placeholder.indicator': '编码',
  'cli.import.afterNoteHint': '  工作表“{sheet}”第 {row} 行下面的行是否导入：加 --afterNote stop 读到这一行为止，或加 --afterNote read 跳过这一行继续读。',
  'cli.import.roster': '导入人员名册',
  'cli.import.scheme': '导入指标体系（新建，名称不能已被使用）',
  'cli.import.ratings': '导入评分（评分明细或评分表，自动识别）',
  'cli.import.ballots': '导入民主测评票数（体系有多个“票决”指标时用 --indicator 指定）',
  'cli.import.satisfaction': '导入群众满意度（按人或按部门；也可为 CSV，UTF-8 或 GBK）',
  'cli.import.measures': '导入“目标”指标的实际值',
  'cli.import.history': '导入往年年度与季度等次（多年规则从第一年起可用）',
  'cli.import.penalties': '导入处分与负面清单',
  'cli.import.okr': '导入目标与关键结果（已有的目标按责任人和名称对应，当前值记为今天的进展）',
  'cli.unknownCommand': '未知命令：{command}。运行 kaohe help 查看可用命令。',
  'cli.missingArg': '缺少参数：{name}',
  'cli.fileNotFound': '找不到文件：{path}',
  'cli.initDone': '数据库已就绪：{path}',
  'cli.dryRun': '试运行（--dry-run）：未写入任何数据。',
  'cli.importDone': '已导入 {written} 行。',
  'cli.importRefused': '导入被拒绝，未写入任何数据。',
  'cli.exported': '已导出：{path}',
  'cli.computed': '已计算 {period}：参评 {graded} 人，“{grade}”等次名额 {quota} 人。',
  'cli.periodOpened': '考核周期 {id}（{name}）已开启；指标体系“{scheme}”第 {version} 版自此冻结。',
  'cli.periodCreated': '已创建考核周期 {id}（{name}），参加 {participants} 人。',
  'cli.previewSheet': '工作表：{sheet}（第 {row} 行为表头）',
  'cli.previewColumn': '  {column} 列“{header}” → {field}',
  'cli.previewIgnored': '（不导入）',
  'cli.previewCounts': '数据 {rows} 行：新增 {adds}，修改 {changes}，不变 {unchanged}',
  'cli.problem': '  {severity} {where}：{message}',
  'cli.severity.error': '错误',
  'cli.severity.warning': '提示',
  'cli.where': '工作表“{sheet}”{row}{column}',
  'cli.whereRow': '第 {row} 行',
  'cli.whereColumn': '“{name}”列（{column} 列）',
  'launcher.browserMode': '未找到 Electron 程序，已改用浏览器模式。请在浏览器中打开：',
  'launcher.serving': '考核系统已启动（仅本机可访问）。请在浏览器中打开：',
  'launcher.stop': '按 Ctrl+C 退出。',
  'launcher.noBuild': '找不到界面文件（out/renderer），请先运行 npm run build。',
  'launcher.dbPath': '数据库：{path}',
} as const
