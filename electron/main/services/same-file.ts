// "Is this the same file?" by identity, not by spelling: on case-insensitive disks (macOS, Windows) or through a
// symlink, one database can be named two ways, and treating them as different files would delete the live one.
import { statSync } from 'node:fs';
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
