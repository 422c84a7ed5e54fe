// The survey commands' own texts in both interface languages (merged into CLI_MESSAGES in ./messages.ts).
export const SURVEY_CLI_MESSAGES = {
  one_scope: { 'zh-CN': '请给出 --zone、--park 或 --buildings 中的一个', en: 'give exactly one of --zone, --park or --buildings' },
  dry_or_apply: { 'zh-CN': '--dry-run 和 --apply 只能选一个', en: 'choose --dry-run or --apply, not both' },
  no_zone: { 'zh-CN': '没有代码为 "{code}" 的片区', en: 'no zone with code "{code}"' },
  survey_prepared: {
    'zh-CN': '已为 {surveyor} 准备核查包 {file}：{counts}',
    en: 'prepared the survey package {file} for {surveyor}: {counts}',
  },
  survey_head: {
    'zh-CN': '核查包 {file}（{surveyor}，{date} 准备）对照 {db}：',
    en: 'Survey package {file} ({surveyor}, prepared {date}) against {db}:',
  },
  survey_applied: {
    'zh-CN': '  可采用的修改：{count} 处（其中 {same} 处两边相同）',
    en: '  changes to apply: {count} ({same} the same on both sides)',
  },
  survey_conflicts: { 'zh-CN': '  冲突：{count} 处（{open} 处未决定）', en: '  conflicts: {count} ({open} undecided)' },
  survey_conflict: {
    'zh-CN': '    {entity} {id} {field}：原值 {base} | 核查 {survey} | 办公室 {office} [{choice}]',
    en: '    {entity} {id} {field}: base {base} | survey {survey} | office {office} [{choice}]',
  },
  survey_discrepancies: { 'zh-CN': '  差异：{count} 处', en: '  discrepancies: {count}' },
  survey_discrepancy: { 'zh-CN': '    {kind} {entity} {id} {details}', en: '    {kind} {entity} {id} {details}' },
  survey_photos_line: {
    'zh-CN': '  照片：{present}/{expected} 张核对无误{problems}',
    en: '  photos: {present} of {expected} accounted for{problems}',
  },
  survey_photo_problems: { 'zh-CN': '；缺失 {missing}；被改动 {altered}', en: '; missing {missing}; altered {altered}' },
  survey_undecided: { 'zh-CN': '未决定', en: 'undecided' },
  survey_dry_run: { 'zh-CN': '试运行：未写入任何内容', en: 'dry run: nothing written' },
  survey_not_ready: {
    'zh-CN': '不能合并：还有未决定的冲突或照片问题；未写入任何内容',
    en: 'cannot merge yet: undecided conflicts or photo problems; nothing written',
  },
  survey_already: { 'zh-CN': '该核查包已经合并，无需再次写入', en: 'this package is already merged; nothing to write' },
  survey_merged: {
    'zh-CN': '已合并：写入 {count} 条记录（一步可撤销；合并前备份 {backup}）',
    en: 'merged: {count} records written in one undoable step (backup before it: {backup})',
  },
} as const;
