/**
 * The columns of each import template, with the synonyms offices actually use (docs/formats.md).
 * Both the importers (to find columns) and the template generator (to write empty templates) read
 * these lists, so the exported names stay stable.
 */
export interface FieldSpec {
  key: string
  /** the header as the template writes it */
  label: string
  /** other headers that mean the same column; compared after header normalisation */
  synonyms: string[]
  required: boolean
  /** a sample value for the template's example row */
  example?: string
  /**
   * fields sharing a group stand in for each other: a required field of the group is satisfied
   * when any field of the group is present (ratings: 指标编码* or 指标名称)
   */
  anyOf?: string
}

/** the person's name as score sheets write it: the one rated is 被考核人 or 被评价人 */
const nameSynonyms = ['人员姓名', '被考核人', '被考核人姓名', '被评价人', '被测评人']

export const rosterFields: FieldSpec[] = [
  { key: 'staffNo', label: '工号', synonyms: ['人员编号', '编号', '工作证号'], required: true, example: '00123' },
  { key: 'name', label: '姓名', synonyms: nameSynonyms, required: true, example: '张三' },
  { key: 'department', label: '部门', synonyms: ['科室', '处室', '所在部门'], required: true, example: '城管局/执法一队' },
  { key: 'positionClass', label: '岗位类别', synonyms: ['岗位类型', '职位类别'], required: false, example: '行政执法' },
  { key: 'rankTitle', label: '职级', synonyms: ['职务职级', '职务'], required: false, example: '一级科员' },
  { key: 'isLeader', label: '领导班子', synonyms: ['是否领导'], required: false, example: '否' },
  { key: 'gender', label: '性别', synonyms: [], required: false, example: '男' },
  { key: 'birth', label: '出生年月', synonyms: [], required: false, example: '1988-05' },
  // GB 11643's own example number and the operator's service number: no one's real details
  { key: 'idNumber', label: '身份证号', synonyms: ['公民身份号码', '身份证号码', '身份证'], required: false, example: '11010519491231002X' },
  { key: 'phone', label: '联系电话', synonyms: ['手机', '手机号', '手机号码', '电话', '联系方式'], required: false, example: '13800138000' },
  { key: 'political', label: '政治面貌', synonyms: [], required: false, example: '中共党员' },
  { key: 'status', label: '考核状态', synonyms: [], required: false, example: '参加' },
  { key: 'statusReason', label: '备注', synonyms: [], required: false, example: '' },
]

export const schemeFields: FieldSpec[] = [
  { key: 'code', label: '编码', synonyms: ['指标编码', '指标代码', '代码', '指标编号'], required: true, example: 'D1' },
  { key: 'name', label: '名称', synonyms: ['指标名称'], required: true, example: '政治品质' },
  { key: 'parentCode', label: '上级编码', synonyms: ['父级编码', '上级指标编码', '上级代码', '上级指标代码', '所属指标'], required: false, example: 'D' },
  { key: 'weight', label: '权重', synonyms: ['指标权重', '权重系数', '分值权重'], required: true, example: '15%' },
  { key: 'layer', label: '类型', synonyms: ['指标类型', '指标类别'], required: false, example: '共性' },
  { key: 'scope', label: '适用范围', synonyms: [], required: false, example: '' },
  { key: 'nature', label: '性质', synonyms: [], required: false, example: '质量' },
  { key: 'mode', label: '计分方式', synonyms: ['评分方式', '计分方法', '考核方式'], required: false, example: '评分' },
  { key: 'target', label: '目标值', synonyms: [], required: false, example: '' },
  { key: 'direction', label: '方向', synonyms: [], required: false, example: '越高越好' },
  { key: 'cap', label: '上限', synonyms: [], required: false, example: '' },
  { key: 'validFrom', label: '生效起', synonyms: [], required: false, example: '' },
  { key: 'validTo', label: '生效止', synonyms: [], required: false, example: '' },
  { key: 'description', label: '说明', synonyms: ['指标说明', '评分标准', '考核内容', '指标内容'], required: false, example: '' },
]

/**
 * Headers offices write for the same ratings columns (seen in county 平时考核 workbooks): 测评 and
 * 评议 for 评价, 打分 for 评分, 代码 for 编码; the template's own header stays the first choice.
 */
const indicatorCodeSynonyms = ['指标代码', '指标编号', '指标序号', '考核指标编码', '考核指标代码']
const indicatorNameSynonyms = ['考核指标', '考核指标名称', '测评指标', '评价指标', '考核项目', '考核内容']
const roleSynonyms = ['评价类型', '测评主体', '评分主体', '评议主体', '考评主体', '评价主体类别', '评价类别', '评价角色']
const raterSynonyms = ['评分人', '打分人', '评价人员', '测评人', '评议人', '考评人', '评价人编号', '评分人编号']

export const ratingsLongFields: FieldSpec[] = [
  { key: 'staffNo', label: '工号', synonyms: ['人员编号', '编号', '工作证号'], required: true, example: '00123' },
  { key: 'name', label: '姓名', synonyms: nameSynonyms, required: false, example: '张三' },
  { key: 'indicatorCode', label: '指标编码', synonyms: indicatorCodeSynonyms, required: true, example: 'D1', anyOf: 'indicator' },
  { key: 'indicatorName', label: '指标名称', synonyms: indicatorNameSynonyms, required: false, example: '', anyOf: 'indicator' },
  { key: 'role', label: '评价主体', synonyms: roleSynonyms, required: true, example: '领导' },
  { key: 'rater', label: '评价人', synonyms: raterSynonyms, required: false, example: 'L01' },
  { key: 'score', label: '分数', synonyms: ['得分', '评分', '评分分数', '打分', '测评得分', '评价得分', '分值'], required: true, example: '90' },
]

const staffNoField: FieldSpec = { key: 'staffNo', label: '工号', synonyms: ['人员编号', '编号', '工作证号'], required: true, example: '00123' }

/**
 * 评分表 (wide layout): the base columns; every other column is read as an indicator when its header
 * is one of the scheme's codes or names. 评价主体 may come from the sheet name or a line above instead.
 */
export const ratingsWideFields: FieldSpec[] = [
  staffNoField,
  { key: 'name', label: '姓名', synonyms: nameSynonyms, required: false, example: '张三' },
  { key: 'role', label: '评价主体', synonyms: roleSynonyms, required: false, example: '领导' },
  { key: 'rater', label: '评价人', synonyms: raterSynonyms, required: false, example: 'L01' },
]

/** 民主测评: vote counts per person; 不了解 is kept but does not count towards the score. */
export const ballotFields: FieldSpec[] = [
  staffNoField,
  { key: 'name', label: '姓名', synonyms: nameSynonyms, required: false, example: '张三' },
  { key: 'excellent', label: '优秀', synonyms: ['优秀票', '优秀票数'], required: false, example: '12' },
  { key: 'competent', label: '称职', synonyms: ['称职票', '称职票数'], required: false, example: '8' },
  { key: 'basic', label: '基本称职', synonyms: ['基本称职票', '基本称职票数'], required: false, example: '1' },
  { key: 'incompetent', label: '不称职', synonyms: ['不称职票', '不称职票数'], required: false, example: '0' },
  { key: 'unknown', label: '不了解', synonyms: ['不了解票', '不了解票数', '弃权'], required: false, example: '2' },
]

/** 群众满意度: by person or by department, as counts or as a rate. */
export const satisfactionFields: FieldSpec[] = [
  { ...staffNoField, anyOf: 'who' },
  { key: 'name', label: '姓名', synonyms: nameSynonyms, required: false, example: '张三' },
  { key: 'department', label: '部门', synonyms: ['科室', '处室', '所在部门', '单位'], required: true, example: '政务服务中心', anyOf: 'who' },
  { key: 'satisfied', label: '满意', synonyms: ['满意数', '满意票'], required: false, example: '30' },
  { key: 'basic', label: '基本满意', synonyms: ['基本满意数', '基本满意票'], required: false, example: '8' },
  { key: 'dissatisfied', label: '不满意', synonyms: ['不满意数', '不满意票'], required: false, example: '2' },
  { key: 'rate', label: '满意率', synonyms: ['满意度', '群众满意率'], required: false, example: '95%' },
]

/** Measured values of 目标 indicators. */
export const measureFields: FieldSpec[] = [
  staffNoField,
  { key: 'name', label: '姓名', synonyms: nameSynonyms, required: false, example: '张三' },
  { key: 'indicatorCode', label: '指标编码', synonyms: indicatorCodeSynonyms, required: true, example: 'J3', anyOf: 'indicator' },
  { key: 'indicatorName', label: '指标名称', synonyms: indicatorNameSynonyms, required: false, example: '', anyOf: 'indicator' },
  { key: 'actual', label: '实际值', synonyms: ['实际完成', '完成值', '实际', '实际完成值'], required: true, example: '45' },
]

/** 历史等次: past annual grades, and quarterly grades where known (blank where not). */
export const historyFields: FieldSpec[] = [
  staffNoField,
  { key: 'name', label: '姓名', synonyms: nameSynonyms, required: false, example: '张三' },
  { key: 'year', label: '年度', synonyms: ['年份', '考核年度'], required: true, example: '2024' },
  { key: 'annualGrade', label: '年度等次', synonyms: ['年度考核等次', '年度考核结果', '考核等次', '考核结果', '等次'], required: true, example: '称职' },
  { key: 'q1', label: '一季度', synonyms: ['第一季度', '1季度', '一季度等次', 'q1'], required: false, example: '好' },
  { key: 'q2', label: '二季度', synonyms: ['第二季度', '2季度', '二季度等次', 'q2'], required: false, example: '较好' },
  { key: 'q3', label: '三季度', synonyms: ['第三季度', '3季度', '三季度等次', 'q3'], required: false, example: '' },
  { key: 'q4', label: '四季度', synonyms: ['第四季度', '4季度', '四季度等次', 'q4'], required: false, example: '' },
]

/** 处分与负面清单: 处分, 组织处理 and 不担当不作为 entries with their decision dates. */
export const penaltyFields: FieldSpec[] = [
  staffNoField,
  { key: 'name', label: '姓名', synonyms: nameSynonyms, required: false, example: '张三' },
  { key: 'type', label: '类型', synonyms: ['处分类型', '处分种类', '处理类型', '处分', '类别'], required: true, example: '警告' },
  { key: 'decidedOn', label: '决定日期', synonyms: ['处分日期', '处分决定日期', '决定时间', '处分时间', '日期'], required: true, example: '2025-03-05' },
  { key: 'term', label: '期限', synonyms: ['处分期限', '影响期', '影响期限'], required: false, example: '6个月' },
  { key: 'reason', label: '事由', synonyms: ['处分事由', '原因', '事实', '主要事由'], required: false, example: '' },
]

/**
 * 目标与关键结果: one row a key result, under its objective (rows with the same owner and 目标 are
 * one objective). The owner is a person (工号) or, where 工号 is blank, a department (部门).
 */
export const okrFields: FieldSpec[] = [
  { ...staffNoField, required: true, anyOf: 'owner' },
  { key: 'name', label: '姓名', synonyms: nameSynonyms, required: false, example: '张三' },
  { key: 'department', label: '部门', synonyms: ['科室', '处室', '所在部门', '责任部门', '牵头部门', '责任单位'], required: true, example: '乡村振兴办', anyOf: 'owner' },
  { key: 'objective', label: '目标', synonyms: ['目标名称', '工作目标', '目标内容'], required: true, example: '建成2个特色产业村' },
  { key: 'keyResult', label: '关键结果', synonyms: ['关键结果名称', 'kr', '衡量标准'], required: true, example: '签约企业3家' },
  { key: 'unit', label: '计量单位', synonyms: ['计量', '度量单位'], required: false, example: '家' },
  { key: 'baseline', label: '基线值', synonyms: ['基线', '基准值', '起始值', '初始值'], required: false, example: '0' },
  { key: 'target', label: '目标值', synonyms: ['目标数', '目标数值'], required: true, example: '3' },
  { key: 'current', label: '当前值', synonyms: ['当前完成', '完成值', '实际值', '当前进度', '已完成'], required: false, example: '1' },
  { key: 'startDate', label: '开始日期', synonyms: ['开始时间', '起始日期', '起始时间'], required: false, example: '2025-01-01' },
  { key: 'dueDate', label: '截止日期', synonyms: ['截止时间', '完成时限', '完成期限', '到期日期', '完成时间'], required: true, example: '2025-12-31' },
  { key: 'weight', label: '权重', synonyms: ['关键结果权重', 'kr权重'], required: false, example: '30%' },
]

/** 节假日安排: one row a day — 放假 (a day off) or 上班 (a weekend day worked) — for a year not built in. */
export const calendarFields: FieldSpec[] = [
  { key: 'date', label: '日期', synonyms: ['日', '放假日期', '上班日期'], required: true, example: '2027-01-01' },
  { key: 'kind', label: '类型', synonyms: ['放假/上班', '安排', '类别'], required: true, example: '放假' },
  { key: 'name', label: '名称', synonyms: ['节日', '节日名称', '说明', '备注'], required: false, example: '元旦' },
]
