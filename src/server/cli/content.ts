/**
 * `npm run content -- import <file|folder>` and `npm run content -- export <folder>`:
 * content packs in and out of the server's database (DATA_DIR, as for the server). Safe
 * to run while the server runs: SQLite serialises the writers and devices see the
 * change at their next pull. Exit code 0 on success, 1 on a refused import or an error,
 * 2 on a usage mistake.
 */
import { loadConfig } from '../config.ts';
import { exportPacks, importPacks, PackImportError, readPackSources } from '../content-packs.ts';
import { openContentStore } from '../storage/open.ts';

const USAGE = 'usage: npm run content -- import <pack.json|folder>\n       npm run content -- export <folder>';

async function run(args: string[]): Promise<number> {
  const [command, target, ...rest] = args;
  if ((command !== 'import' && command !== 'export') || !target || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const store = await openContentStore(config);
  try {
    if (command === 'import') {
      const result = await importPacks(store, await readPackSources(target), 'content-cli');
      const names = result.packs.map((pack) => `${pack.name}@${pack.version}`).join(', ');
      process.stdout.write(
        `Imported ${names}: ${result.created} created, ${result.updated} updated, ${result.deleted} deleted, ` +
          `${result.unchanged} unchanged. Content version ${result.contentVersion}.\n`,
      );
    } else {
      const files = await exportPacks(store, target);
      process.stdout.write(files.length > 0 ? `Exported ${files.join(', ')}\n` : 'Nothing to export: no published record.\n');
    }
    return 0;
  } finally {
    await store.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof PackImportError) console.error(error.message);
    else console.error(`content ${process.argv[2] ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
