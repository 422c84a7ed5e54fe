// Opening a folder in the system's file manager (the backups folder, issue 10, item 12). Electron's shell lives
// here, in platform/, so services stay free of it; web mode has no such thing and shows the path instead.
import { mkdirSync } from 'node:fs';
import { shell } from 'electron';
import { AppError } from '../../../shared/errors';

export async function openFolder(dir: string): Promise<{ opened: boolean }> {
  mkdirSync(dir, { recursive: true });
  const problem = await shell.openPath(dir);
  if (problem) throw new AppError('file_system', `Could not open ${dir}: ${problem}`, { file: dir });
  return { opened: true };
}
