// Whatever is thrown reaches the user as an error they can read: raw Node and SQLite errors are mapped by code,
// never shown as Node's or SQLite's own text.
import { describe, expect, it } from 'vitest';
import { AppError, toErrorShape } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';

const thrown = (code: string, message: string, path?: string) => Object.assign(new Error(message), { code, path });

describe('toErrorShape', () => {
  it.each([
    [
      thrown('EEXIST', "EEXIST: file already exists, mkdir '/x/backups'", '/x/backups'),
      'file_system',
      '无法使用文件 /x/backups：同名文件已存在',
    ],
    [thrown('EACCES', 'EACCES: permission denied', '/x/y'), 'file_system', '无法使用文件 /x/y：没有访问权限'],
    [thrown('ENOSPC', 'ENOSPC: no space left on device', '/x/y'), 'file_system', '无法使用文件 /x/y：磁盘空间不足'],
    [thrown('SQLITE_FULL', 'database or disk is full'), 'file_system', '无法使用文件 数据库文件：磁盘空间不足'],
    [thrown('SQLITE_NOTADB', 'file is not a database'), 'database_invalid', '不是园区空间数据库文件'],
    [thrown('SQLITE_CORRUPT', 'database disk image is malformed'), 'database_corrupt', '数据库文件已损坏，无法读取。请从备份恢复'],
    [
      thrown('SQLITE_READONLY_DBMOVED', 'attempt to write a readonly database'),
      'database_replaced',
      '数据库文件已被其他程序替换。为避免丢失数据，已停止写入；请重新打开该文件',
    ],
    [thrown('SQLITE_BUSY', 'database is locked'), 'file_system', '无法使用文件 数据库文件：文件正被其他程序使用'],
    [thrown('SQLITE_IOERR_WRITE', 'disk I/O error'), 'file_system', '无法使用文件 数据库文件：操作系统报告错误'],
  ])('%s → %s', (err, code, zh) => {
    const shape = toErrorShape(err);
    expect(shape.code).toBe(code);
    expect(errorMessage(shape, 'zh-CN')).toBe(zh);
    expect(errorMessage(shape, 'en')).not.toMatch(/EEXIST|SQLITE|malformed|I\/O/);
  });

  it('keeps an AppError as it is and calls anything else internal', () => {
    expect(toErrorShape(new AppError('conflict', 'x'))).toEqual({ code: 'conflict', message: 'x' });
    expect(toErrorShape('plain')).toEqual({ code: 'internal', message: 'plain' });
  });
});
