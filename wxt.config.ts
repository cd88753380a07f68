import { defineConfig } from 'wxt';

// The test build (ATTUNE_TEST=1) lets end-to-end tests read the overlay state; the shipped build exposes nothing.
const testBuild = process.env.ATTUNE_TEST === '1';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // The sources zip Firefox review asks for: what builds the extension, not local build output.
  zip: { excludeSources: ['dist/**', 'demo/*.png', '.scratch/**', 'bench/.output/**', 'bench/results/**', 'tests/e2e/.pages/**'] },
  vite: () => ({
    define: { __ATTUNE_TEST__: JSON.stringify(testBuild) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup may read the current tab's address to offer "off on this site".
    permissions: ['storage', 'activeTab'],
    // The content script is entrypoints/boot.ts (an unlisted script, so no WXT wrapper runs on every page).
    content_scripts: [{ matches: ['<all_urls>'], all_frames: true, match_about_blank: true, run_at: 'document_idle', js: ['boot.js'] }],
    // Chrome: the boot script imports the rest of the content script (content-main.js) on the first focus of an
    // editable field, which needs the file to be web-accessible. It holds only code. (Firefox bundles it.)
    ...(browser === 'firefox' ? {} : { web_accessible_resources: [{ resources: ['content-main.js'], matches: ['<all_urls>'] }] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions "none": Attune sends nothing anywhere (Firefox's built-in consent).
            gecko: { id: 'attune@attune.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // Team policy (rule packs, locks) arrives through storage.managed; Chrome needs its schema.
        // Firefox reads the same keys from policies.json "3rdparty" without a schema.
        { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
