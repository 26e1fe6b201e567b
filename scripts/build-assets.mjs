#!/usr/bin/env node
// Copies the pre-built govuk-frontend JavaScript bundle into the portal's
// static files. No dependencies beyond Node's standard library.
//
// Fonts and images from govuk-frontend are deliberately NOT copied: the portal
// uses a system font stack and its own brand images (no crown, no crest).

import { copyFile, mkdir, stat } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

const copies = [
  {
    from: 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js',
    to: 'portal/static/portal/js/govuk-frontend.min.js'
  },
  // The bundle ends with `//# sourceMappingURL=govuk-frontend.min.js.map`.
  // Ship the map beside it: Django's ManifestStaticFilesStorage follows that
  // reference during collectstatic and fails if the file is missing (and
  // browser dev tools would otherwise log a 404).
  {
    from: 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js.map',
    to: 'portal/static/portal/js/govuk-frontend.min.js.map'
  }
]

for (const { from, to } of copies) {
  const src = join(root, from)
  const dest = join(root, to)
  try {
    await stat(src)
  } catch {
    console.error(`build-assets: missing ${from} — run "npm install" first.`)
    process.exit(1)
  }
  await mkdir(dirname(dest), { recursive: true })
  await copyFile(src, dest)
  console.log(`build-assets: copied ${relative(root, src)} -> ${relative(root, dest)}`)
}
