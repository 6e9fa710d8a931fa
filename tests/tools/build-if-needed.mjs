// `npm start` builds the app when there is no build yet or a source file is newer than it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const built = path.join(root, 'dist', 'index.html');

function newestMtime(target) {
  const full = path.join(root, target);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newestMtime(path.join(target, name))));
}

const sources = ['src', 'locales', 'public', 'index.html', 'vite.config.ts', 'package.json'];
const isStale = !existsSync(built) || Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs;
if (isStale) {
  console.log('Building Passerelle (first start or sources changed)…');
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
}
