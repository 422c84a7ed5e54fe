// Interface texts about who may write the open database and about backups' upkeep (merged into ../zh-CN.ts and ../en.ts).
export const accessZh = {
  'access.readOnly': '只读',
  'access.lockedBy': '该数据库正由{program}写入（进程 {pid}，自 {since} 起）。这里可以查看，不能修改；对方关闭后可点“重试”。',
  'access.lockedUnknown': '该数据库正由另一个程序写入。这里可以查看，不能修改；对方关闭后可点“重试”。',
  'access.replaced': '数据库文件已被其他程序替换。为避免丢失数据，本窗口已停止写入。点“重新打开”载入替换后的文件。',
  'access.retry': '重试',
  'access.readOnlyHint': '只读：数据库正由另一个程序写入，不能修改',
  'access.reopen': '重新打开',
  'access.stillLocked': '仍被占用，稍后再试',
  'backup.total': '共 {count} 个备份，{size}',
  'backup.reason.replaced': '文件被替换前',
  'backup.policy': '自动备份：每日备份保留最近 14 个，恢复前、升级前和导入前的备份各保留最近 10 个；手动备份不会被自动删除。',
} as const;

export const accessEn: Record<keyof typeof accessZh, string> = {
  'access.readOnly': 'Read-only',
  'access.lockedBy':
    'This database is open for writing in {program} (process {pid}, since {since}). You can look but not change; choose Try again once it has closed.',
  'access.lockedUnknown':
    'This database is open for writing in another program. You can look but not change; choose Try again once it has closed.',
  'access.replaced':
    'The database file was replaced by another program. This window has stopped writing so nothing is lost. Choose Reopen to load the file that is there now.',
  'access.retry': 'Try again',
  'access.readOnlyHint': 'Read-only: another program is writing this database',
  'access.reopen': 'Reopen',
  'access.stillLocked': 'Still in use; try again later',
  'backup.total': '{count} backups, {size} in all',
  'backup.reason.replaced': 'Before the file was replaced',
  'backup.policy':
    'Automatic backups: the newest 14 daily ones are kept, and the newest 10 taken before restores, before upgrades and before imports; manual backups are never deleted automatically.',
};
