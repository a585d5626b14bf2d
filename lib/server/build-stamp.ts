// Decides whether the Next build is current: a hash over everything that goes into it. Cheaper
// and more honest than timestamps, which a fresh clone resets.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'data', 'proxy.ts', 'prisma/schema.prisma', 'next.config.js', 'package-lock.json', 'tsconfig.json'];
const SKIP = new Set(['node_modules', '.next', 'generated']);

function walk(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    out.push(entry);
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (!SKIP.has(name)) walk(path.join(entry, name), out);
  }
}

export function sourceHash(root: string): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const h = createHash('sha256');
  for (const f of files) {
    h.update(path.relative(root, f));
    h.update('\0');
    h.update(fs.readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

export function stampFile(root: string, distDir: string): string {
  return path.join(root, distDir, 'stance-lens-build-hash');
}

export function isBuildCurrent(root: string, distDir: string): boolean {
  const stamp = stampFile(root, distDir);
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID')) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, 'utf8').trim() === sourceHash(root);
}

export function writeBuildStamp(root: string, distDir: string, hash: string): void {
  fs.writeFileSync(stampFile(root, distDir), hash);
}
