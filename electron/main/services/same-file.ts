// "Is this the same file?" by identity, not by spelling: on case-insensitive disks (macOS, Windows) or through a
// symlink, one database can be named two ways, and treating them as different files would delete the live one.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export function sameFile(a: string, b: string): boolean {
  const [ra, rb] = [path.resolve(a), path.resolve(b)];
  if (ra === rb) return true;
  try {
    const [sa, sb] = [statSync(ra), statSync(rb)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist, so they cannot be the same existing file
  }
}

/**
 * The one spelling of a file's path: symbolic links and `..` resolved by the file system (not as text), so a
 * database reached through a link is locked, backed up and restored as the file it really is. For a file that does
 * not exist yet, its folder is resolved and the name kept.
 */
export function canonicalPath(file: string): string {
  const resolved = path.resolve(file);
  try {
    return realpathSync.native(resolved);
  } catch {
    try {
      return path.join(realpathSync.native(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}
