// Two programs on one file, as a user meets it: the second web mode opens it read-only, the window says who holds
// it (program, process, since when), reads work, writes are refused with that reason, and once the holder has
// closed, "Try again" takes over and edits land.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/contract';
import { loadFresh, openBrowser, startWebApp, type BrowserSession, type WebApp } from './harness';

let holder: WebApp;
let second: WebApp;
let browser: BrowserSession;

beforeAll(async () => {
  holder = await startWebApp({ mode: 'sample' });
  second = await startWebApp({ dbPath: holder.dbPath, mode: 'none' });
  browser = await openBrowser(second);
});

afterAll(async () => {
  await browser?.close();
  await second?.stop();
  await holder?.stop();
});

describe('a second program on the same file', () => {
  it('opens it read-only and names the holder in the window', async () => {
    const info = await second.api('app:info', {});
    expect(info.ok).toBe(true);
    const access = (info as { value: AppInfo }).value.access;
    expect(access).toMatchObject({ mode: 'read-only', reason: 'locked', holder: { program: 'web' } });
    const pid = access.mode === 'read-only' && access.reason === 'locked' ? access.holder?.pid : undefined;
    expect(pid).toBeGreaterThan(0);
    await loadFresh(browser.page, second.url);
    const banner = browser.page.getByTestId('access-banner');
    await banner.waitFor({ timeout: 60_000 });
    const shown = async () => (await banner.innerText()).replace(/\s+/g, ' ');
    expect(await shown()).toContain(`Read-only This database is open for writing in Park Space Desk web mode (process ${pid}, since`);
    await browser.page.getByTestId('language-switch').selectOption('zh-CN');
    expect(await shown()).toContain(`只读 该数据库正由园区空间台账网页模式写入（进程 ${pid}，自`);
    // Reads work: the sample district's buildings are listed.
    await browser.page.getByTestId('nav-inventory').click();
    await browser.page.getByTestId('list-total').waitFor();
    // Nothing offers a change that would be refused: new, undo and redo are disabled, with the reason.
    expect(await browser.page.getByTestId('new-record').isDisabled()).toBe(true);
    expect(await browser.page.getByTestId('new-record').getAttribute('title')).toBe('只读：数据库正由另一个程序写入，不能修改');
    expect(await browser.page.getByTestId('undo').isDisabled()).toBe(true);
    await browser.screenshot('access-read-only');
  });

  it('refuses writes with the reason, and writes nothing', async () => {
    const before = await second.api('tenants:list', {});
    const r = await second.api('tenants:create', {
      nameZh: '只读窗口的企业',
      nameEn: '',
      uscc: '',
      category: 'fintech',
      enteredDistrictOn: null,
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('read_only');
    const after = await second.api('tenants:list', {});
    expect(after.ok && before.ok && after.value.total).toBe(before.ok ? before.value.total : -1);
  });

  it('takes over with "Try again" once the holder has closed', async () => {
    await browser.page.getByTestId('access-retry').click();
    await browser.page.getByTestId('access-still-locked').waitFor();
    await holder.stop();
    await browser.page.getByTestId('access-retry').click();
    await browser.page.getByTestId('access-banner').waitFor({ state: 'detached' });
    expect(await browser.page.getByTestId('new-record').isDisabled()).toBe(false);
    const r = await second.api('tenants:create', {
      nameZh: '接手后的企业',
      nameEn: '',
      uscc: '',
      category: 'fintech',
      enteredDistrictOn: null,
    });
    expect(r.ok).toBe(true);
  });
});
