// Finds the browser for the end-to-end tests, or stops with one sentence saying how to get it.
import { existsSync } from 'node:fs';

const candidate = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(candidate)) {
  console.error(
    `Chromium not found at ${candidate}: install it with "sudo apt-get install chromium fonts-noto-core fonts-noto-cjk" or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
