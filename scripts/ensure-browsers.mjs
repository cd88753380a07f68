// Makes sure the Debian browsers the end-to-end tests drive are present: installs them with apt-get
// when running as root, otherwise says exactly what to install. Downloads no browser builds.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  ['chromium', '/usr/bin/chromium'],
  ['firefox-esr', '/usr/bin/firefox-esr'],
];
const missing = wanted.filter(([, bin]) => !existsSync(bin)).map(([pkg]) => pkg);
if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(
      `The end-to-end tests need Debian's ${missing.join(' and ')}. Install with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
}
