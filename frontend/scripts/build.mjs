// Builds the SocietyFlow modeling bundle into
// ../src/main/resources/static/vendor/modeling/ (served at /vendor/modeling/).
//
//   modeling-bpmn-viewer.js  bpmnViewer, diff only (pages that only show diagrams)
//   modeling-bpmn.js  bpmnViewer, bpmnModeler (Camunda 7 properties panel, bpmnlint), diff
//   modeling-dmn.js   dmnViewer, dmnModeler
//   modeling-form.js  formViewer, formEditor (form-js 1.8)
//   modeling.css      all CSS; fonts/ next to it
//
// Each script is a standalone minified IIFE adding to window.SocietyFlowModeling.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const compileConfig = require('bpmnlint/lib/support/compile-config');

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.resolve(root, '../src/main/resources/static/vendor/modeling');

/**
 * Packs a .bpmnlintrc for the browser: bpmnlint's compileConfig resolves the
 * extended configs (bpmnlint:recommended, plugin:camunda-compat/...) to their
 * rules and emits an ES module { config, resolver } that imports each enabled
 * rule; esbuild then bundles those rules. It is what bpmnlint-pack-config and
 * rollup-plugin-bpmnlint do, as an esbuild plugin.
 */
const bpmnlintPlugin = {
  name: 'bpmnlint',
  setup(b) {
    b.onResolve({ filter: /\.bpmnlintrc$/ }, args => ({
      path: path.resolve(args.resolveDir, args.path),
      namespace: 'bpmnlint'
    }));
    b.onLoad({ filter: /.*/, namespace: 'bpmnlint' }, async args => {
      const config = JSON.parse(await fs.readFile(args.path, 'utf8'));
      const contents = await compileConfig(config);
      return { contents, loader: 'js', resolveDir: root, watchFiles: [ args.path ] };
    });
  }
};

const formJsVersion = require('@bpmn-io/form-js-viewer/package.json').version;

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: [ 'es2020' ],
  legalComments: 'none',
  logLevel: 'info',
  define: {
    'process.env.NODE_ENV': '"production"',
    __FORM_JS_VERSION__: JSON.stringify(formJsVersion)
  },
  loader: { '.json': 'json' }
};

await fs.rm(outdir, { recursive: true, force: true });
await fs.mkdir(outdir, { recursive: true });

for (const part of [ 'bpmn', 'bpmn-viewer', 'dmn', 'form' ]) {
  await build({
    ...common,
    entryPoints: [ path.join(root, `src/${part}.js`) ],
    outfile: path.join(outdir, `modeling-${part}.js`),
    plugins: part === 'bpmn' ? [ bpmnlintPlugin ] : []
  });
}

await build({
  ...common,
  format: undefined,
  entryPoints: [ path.join(root, 'src/modeling.css') ],
  outfile: path.join(outdir, 'modeling.css'),
  loader: { '.woff': 'file', '.woff2': 'file' },
  assetNames: 'fonts/[name]'
});

// third-party licences of what the bundle contains
const pkgs = [
  'bpmn-js', 'diagram-js', 'bpmn-js-properties-panel', '@bpmn-io/properties-panel',
  'camunda-bpmn-moddle', 'camunda-bpmn-js-behaviors', 'bpmn-js-bpmnlint', 'bpmnlint',
  'bpmnlint-plugin-camunda-compat', 'bpmn-js-differ', 'dmn-js', 'camunda-dmn-moddle',
  '@bpmn-io/form-js-viewer', '@bpmn-io/form-js-editor'
];
let notice = 'Third-party packages bundled in vendor/modeling (built from frontend/, see frontend/README.md)\n';
for (const name of pkgs) {
  const pkg = require(`${name}/package.json`);
  notice += `\n${name} ${pkg.version} (${pkg.license})`;
}
notice += '\n\nbpmn-js, dmn-js and form-js are licensed under the bpmn.io license, which requires the\n' +
  'bpmn.io watermark to stay visible in the rendered diagrams (https://bpmn.io/license/).\n';
await fs.writeFile(path.join(outdir, 'THIRD-PARTY.txt'), notice);

for (const file of (await fs.readdir(outdir, { recursive: true })).sort()) {
  const stat = await fs.stat(path.join(outdir, file));
  if (stat.isFile()) {
    console.log(`${(stat.size / 1024).toFixed(1).padStart(8)} KiB  ${file}`);
  }
}
