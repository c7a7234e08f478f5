/** The browser journeys run in Debian's Chromium; say exactly how to get it when it is missing. */
import { existsSync } from 'node:fs';
import { chromiumPath } from '../e2e/support/chromium';

if (!existsSync(chromiumPath)) {
  console.error(
    [
      `Chromium was not found at ${chromiumPath}; the browser journeys (npm run test:e2e) need it.`,
      'Install Debian’s Chromium:  sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at another Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
