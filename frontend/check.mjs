// Checks the BUILT bundle (src/main/resources/static/vendor/modeling) in
// headless Chromium: npm run check  (after npm run build).
// Screenshots go to frontend/check-output/. CHROMIUM=/path overrides the browser.
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const out = path.join(here, 'check-output');
fs.mkdirSync(out, { recursive: true });

const read = p => fs.readFileSync(path.join(repo, p), 'utf8');

let passed = 0, failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log(`ok      ${name}`);
  } else {
    failed++;
    console.log(`FAILED  ${name}${detail !== undefined ? ': ' + JSON.stringify(detail) : ''}`);
  }
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [ '--no-sandbox', '--allow-file-access-from-files', '--font-render-hinting=none' ]
});

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });

  const pageErrors = [];
  const foreignRequests = [];
  page.on('pageerror', err => pageErrors.push(String(err)));
  page.on('console', msg => {
    if (msg.type() === 'error') {
      pageErrors.push(msg.text());
    }
  });
  page.on('request', req => {
    if (!req.url().startsWith('file:') && !req.url().startsWith('data:')) {
      foreignRequests.push(req.url());
    }
  });
  const failedRequests = [];
  page.on('requestfailed', req => failedRequests.push(req.url()));

  await page.goto(pathToFileURL(path.join(here, 'test.html')).href, { waitUntil: 'load' });

  const api = await page.evaluate(() => Object.keys(window.SocietyFlowModeling || {}).sort());
  check('window.SocietyFlowModeling has the API', [
    'bpmnViewer', 'bpmnModeler', 'diff', 'dmnViewer', 'dmnModeler', 'formViewer', 'formEditor'
  ].every(k => api.includes(k)), api);

  const grantXml = read('processes/grant-application.bpmn');

  // -- viewer + highlight -------------------------------------------------
  const hl = await page.evaluate(async xml => {
    const v = window.viewer = SocietyFlowModeling.bpmnViewer(document.getElementById('viewer'));
    const { warnings } = await v.importXML(xml);
    const applied = v.highlight({
      completed: [ 'ApplicationSubmitted', 'OpenApplication', 'FormalCheckPending' ],
      current: [ 'FormalCheck' ],
      flows: [ 'Flow_StartToOpen', 'Flow_OpenToPending', 'Flow_PendingToFormalCheck' ],
      overlays: { FormalCheck: '1' }
    });
    v.fit();
    const gfx = id => document.querySelector(`#viewer [data-element-id="${id}"]`);
    const fill = id => getComputedStyle(gfx(id).querySelector('.djs-visual > :first-child')).fill;
    const stroke = id => getComputedStyle(gfx(id).querySelector('.djs-visual > path'));
    return {
      warnings: warnings.length,
      applied,
      completedClass: gfx('OpenApplication').classList.contains('sf-completed'),
      completedFill: fill('OpenApplication'),
      currentFill: fill('FormalCheck'),
      flowStrokeWidth: stroke('Flow_StartToOpen').strokeWidth,
      badge: !!document.querySelector('#viewer .sf-badge')
    };
  }, grantXml);
  check('viewer imports grant-application.bpmn without warnings', hl.warnings === 0, hl);
  check('highlight marks completed/current/flows', hl.applied.completed.length === 3 &&
    hl.applied.current.length === 1 && hl.applied.flows.length === 3 && hl.completedClass, hl.applied);
  check('sf-completed is green-ish', hl.completedFill === 'rgb(215, 242, 217)', hl.completedFill);
  check('sf-current is orange', hl.currentFill === 'rgb(255, 231, 194)', hl.currentFill);
  check('sf-taken flow is thicker', hl.flowStrokeWidth === '3.5px', hl.flowStrokeWidth);
  check('highlight overlay badge', hl.badge);
  await (await page.$('#s-viewer')).screenshot({ path: path.join(out, '1-viewer.png') });
  await page.evaluate(() => {
    const canvas = window.viewer.viewer.get('canvas');
    canvas.zoom(1.6);
    canvas.scrollToElement(window.viewer.viewer.get('elementRegistry').get('FormalCheck'));
  });
  await (await page.$('#s-viewer')).screenshot({ path: path.join(out, '1b-viewer-zoomed.png') });

  // -- modeler + lint on every repo model --------------------------------
  await page.evaluate(() => {
    window.modeler = SocietyFlowModeling.bpmnModeler(document.getElementById('modeler'), document.getElementById('props'));
  });

  const bpmnFiles = fs.readdirSync(path.join(repo, 'processes')).filter(f => f.endsWith('.bpmn')).sort();
  for (const file of bpmnFiles) {
    const r = await page.evaluate(async xml => {
      const { warnings } = await window.modeler.importXML(xml);
      const issues = await window.modeler.lint();
      return { importWarnings: warnings.map(w => w.message), issues };
    }, read('processes/' + file));
    const errors = r.issues.filter(i => i.category === 'error');
    const warns = r.issues.filter(i => i.category !== 'error');
    check(`lint ${file}: 0 errors (${warns.length} warnings)`, errors.length === 0 && r.importWarnings.length === 0,
      { errors, importWarnings: r.importWarnings });
    if (warns.length) {
      console.log('        warnings: ' + warns.map(w => `${w.rule} ${w.id}: ${w.message}`).join('; '));
    }
  }

  const lintConfig = await page.evaluate(() => SocietyFlowModeling.lintConfig);
  const ruleNames = Object.keys(lintConfig.rules);
  check('packed lint config has bpmnlint and camunda-compat rules',
    ruleNames.includes('label-required') && ruleNames.some(r => r.startsWith('camunda-compat/')), ruleNames);

  // round trip
  const roundTrip = await page.evaluate(async xml => {
    await window.modeler.importXML(xml);
    const saved = await window.modeler.saveXML();
    await window.modeler.importXML(saved);
    const issues = await window.modeler.lint();
    const d = await SocietyFlowModeling.diff(xml, saved);
    return { saved, errors: issues.filter(i => i.category === 'error'), diff: d };
  }, grantXml);
  check('saveXML round-trip keeps camunda: attributes', roundTrip.saved.includes('camunda:historyTimeToLive="3650"') &&
    roundTrip.saved.includes('camunda:formRef') === grantXml.includes('camunda:formRef'));
  check('saveXML round-trip lints clean', roundTrip.errors.length === 0, roundTrip.errors);
  check('diff(original, saved) has no semantic changes', roundTrip.diff.added.length === 0 &&
    roundTrip.diff.removed.length === 0 && roundTrip.diff.changed.length === 0, roundTrip.diff);

  // properties panel rendered and styled (select a user task)
  const props = await page.evaluate(async () => {
    const m = window.modeler.modeler;
    m.get('selection').select(m.get('elementRegistry').get('FormalCheck'));
    await new Promise(r => setTimeout(r, 300));
    const panel = document.querySelector('#props .bio-properties-panel');
    const groups = [ ...document.querySelectorAll('#props .bio-properties-panel-group-header-title') ].map(e => e.textContent);
    const paletteEntry = document.querySelector('#modeler .djs-palette .entry.bpmn-icon-task');
    return {
      panel: !!panel,
      groups,
      panelFont: panel && getComputedStyle(panel).fontFamily,
      paletteIconFont: paletteEntry && getComputedStyle(paletteEntry, '::before').fontFamily,
      bpmnFontLoaded: document.fonts.check('20px bpmn'),
      lintButton: !!document.querySelector('#modeler .bjsl-button')
    };
  });
  check('properties panel shows Camunda 7 groups', props.panel && props.groups.includes('Forms') &&
    props.groups.some(g => /Asynchronous continuations/.test(g)), props.groups);
  check('palette uses bpmn font, font loaded', props.paletteIconFont && props.paletteIconFont.includes('bpmn') &&
    props.bpmnFontLoaded, props);
  check('bpmnlint button present', props.lintButton);
  await (await page.$('#s-modeler')).screenshot({ path: path.join(out, '2-modeler.png') });

  // broken copy: a task without a name, a gateway's outgoing flow without a label
  const broken = grantXml
    .replace('<bpmn:userTask id="FormalCheck" name="学会部形式审查"', '<bpmn:userTask id="FormalCheck"')
    .replace('<bpmn:exclusiveGateway id="FormalCheckDecision" name="形式审查结论"', '<bpmn:exclusiveGateway id="FormalCheckDecision"');
  const brokenLint = await page.evaluate(async xml => {
    await window.modeler.importXML(xml);
    const issues = await window.modeler.lint();
    const errors = issues.filter(i => i.category === 'error');
    window.modeler.markIssues(errors);
    await new Promise(r => setTimeout(r, 500));
    return {
      lintButton: (document.querySelector('#modeler .bjsl-button') || {}).textContent,
      lintOverlays: document.querySelectorAll('#modeler .bjsl-overlay').length,
      lintButtonColor: getComputedStyle(document.querySelector('#modeler .bjsl-button')).backgroundColor,
      lintIconColor: getComputedStyle(document.querySelector('#modeler .bjsl-icon-error')).backgroundColor,
      errors,
      marked: [ ...document.querySelectorAll('#modeler .sf-issue-error.djs-element') ].map(e => e.getAttribute('data-element-id')),
      overlays: document.querySelectorAll('#modeler .sf-issues').length
    };
  }, broken);
  check('lint finds the unnamed task as error', brokenLint.errors.some(e => e.id === 'FormalCheck' && e.rule === 'label-required'),
    brokenLint.errors);
  check('lint result shape { id, message, category, rule }', brokenLint.errors.every(e =>
    typeof e.id === 'string' && typeof e.message === 'string' && e.category === 'error' && typeof e.rule === 'string'));
  check('bpmnlint overlays and button show the errors', brokenLint.lintOverlays >= 2 && /2 Errors/i.test(brokenLint.lintButton),
    { button: brokenLint.lintButton, overlays: brokenLint.lintOverlays });
  check('bpmnlint error button and icons are red (not transparent)', brokenLint.lintButtonColor === 'rgb(204, 0, 0)' &&
    brokenLint.lintIconColor === 'rgb(204, 0, 0)', [ brokenLint.lintButtonColor, brokenLint.lintIconColor ]);
  check('markIssues marks the element and adds overlays', brokenLint.marked.includes('FormalCheck') && brokenLint.overlays > 0,
    brokenLint);
  await page.evaluate(() => {
    const canvas = window.modeler.modeler.get('canvas');
    canvas.zoom(1.0, { x: 600, y: 300 });
    canvas.scrollToElement(window.modeler.modeler.get('elementRegistry').get('FormalCheck'));
  });
  await (await page.$('#s-modeler')).screenshot({ path: path.join(out, '3-modeler-issues.png') });
  const cleared = await page.evaluate(() => {
    window.modeler.clearIssues();
    return document.querySelectorAll('#modeler .sf-issues, #modeler .sf-issue-error.djs-element').length;
  });
  check('clearIssues removes markers and overlays', cleared === 0, cleared);

  // -- diff --------------------------------------------------------------------
  const renamed = grantXml.replace('name="学会部形式审查"', 'name="学会部形式审查（新）"')
    .replace(/(<bpmndi:BPMNShape id="[^"]*" bpmnElement="Correction"[^>]*>\s*<dc:Bounds x=")(\d+)/, (m, a, x) => a + (Number(x) + 40));
  const d = await page.evaluate((a, b) => SocietyFlowModeling.diff(a, b), grantXml, renamed);
  const changedTask = d.changed.find(c => c.id === 'FormalCheck');
  check('diff: renamed task is changed (old and new name)', changedTask && changedTask.type === 'UserTask' &&
    changedTask.attrs.some(a => a.attr === 'name' && a.oldValue === '学会部形式审查' && a.newValue === '学会部形式审查（新）'), d);
  check('diff: nothing else changed', d.changed.length === 1 && !d.added.length && !d.removed.length, d);
  check('diff: moved shape is layoutChanged', d.layoutChanged.includes('Correction'), d.layoutChanged);
  const addedTask = grantXml.replace('</bpmn:process>',
    '<bpmn:task id="NewTask" name="新任务" /></bpmn:process>');
  const d2 = await page.evaluate((a, b) => SocietyFlowModeling.diff(a, b), grantXml, addedTask);
  check('diff: added task', d2.added.some(a => a.id === 'NewTask' && a.name === '新任务' && a.type === 'Task'), d2.added);
  const d3 = await page.evaluate((a, b) => SocietyFlowModeling.diff(a, b), addedTask, grantXml);
  check('diff: removed task', d3.removed.some(a => a.id === 'NewTask'), d3.removed);

  // -- DMN -----------------------------------------------------------------
  const dmnXml = read('processes/grant-eligibility.dmn');
  const dmn = await page.evaluate(async xml => {
    const v = window.dmnV = SocietyFlowModeling.dmnViewer(document.getElementById('dmn-viewer'));
    const r1 = await v.importXML(xml);
    const m = window.dmnM = SocietyFlowModeling.dmnModeler(document.getElementById('dmn-modeler'));
    const r2 = await m.importXML(xml);
    const saved = await m.saveXML();
    return {
      w1: r1.warnings.length, w2: r2.warnings.length, views: v.views(), saved,
      table: !!document.querySelector('#dmn-viewer .tjs-table'),
      modelerTable: !!document.querySelector('#dmn-modeler .tjs-table')
    };
  }, dmnXml);
  check('dmnViewer imports grant-eligibility.dmn', dmn.w1 === 0 && dmn.views.length > 0, dmn.views);
  check('dmnViewer shows a decision table', dmn.table);
  check('dmnModeler imports and shows the decision table', dmn.w2 === 0 && dmn.modelerTable);
  const decisionId = (dmnXml.match(/<decision id="([^"]+)"/) || [])[1];
  check('dmnModeler saveXML round-trip', dmn.saved.includes(`id="${decisionId}"`) && dmn.saved.includes('<decisionTable'));
  await (await page.$('#s-dmn-viewer')).screenshot({ path: path.join(out, '4-dmn-viewer.png') });
  await (await page.$('#s-dmn-modeler')).screenshot({ path: path.join(out, '5-dmn-modeler.png') });
  // the DRD view, if the model has one
  const drd = await page.evaluate(async () => {
    const view = window.dmnM.views().find(v => v.type === 'drd');
    if (!view) {
      return false;
    }
    await window.dmnM.open(view.id, 'drd');
    return !!document.querySelector('#dmn-modeler .djs-palette');
  });
  if (drd) {
    await (await page.$('#s-dmn-modeler')).screenshot({ path: path.join(out, '6-dmn-drd.png') });
  }
  check('every repo DMN imports in the modeler', (await page.evaluate(async files => {
    const bad = [];
    for (const [ name, xml ] of files) {
      const { warnings } = await window.dmnM.importXML(xml);
      if (warnings.length) {
        bad.push(name, warnings.map(w => w.message));
      }
    }
    return bad;
  }, fs.readdirSync(path.join(repo, 'processes')).filter(f => f.endsWith('.dmn'))
    .map(f => [ f, read('processes/' + f) ]))).length === 0);

  // -- forms ---------------------------------------------------------------
  const formJson = read('forms/grant-formal-check.form');
  const form = await page.evaluate(async json => {
    const v = SocietyFlowModeling.formViewer(document.getElementById('form-viewer'));
    await v.importSchema(json, { title: '示例项目', societyName: '示例学会', requestedAmount: 50000 });
    const e = window.formE = SocietyFlowModeling.formEditor(document.getElementById('form-editor'));
    await e.importSchema(json);
    const saved = e.saveSchema();
    return {
      viewerFields: document.querySelectorAll('#form-viewer .fjs-form-field').length,
      editorFields: document.querySelectorAll('#form-editor .fjs-editor-container .fjs-form-field').length,
      palette: document.querySelectorAll('#form-editor .fjs-palette-field').length,
      saved,
      schemaVersion: SocietyFlowModeling.formSchemaVersion
    };
  }, formJson);
  const original = JSON.parse(formJson);
  check('formViewer renders grant-formal-check.form', form.viewerFields >= original.components.length, form.viewerFields);
  check('formEditor renders fields and palette', form.editorFields > 0 && form.palette > 0,
    { editorFields: form.editorFields, palette: form.palette });
  check('formEditor saveSchema writes schemaVersion 16 for Camunda 7.24', form.saved.schemaVersion === 16 &&
    form.schemaVersion === 16 && form.saved.executionPlatformVersion === '7.24.0', form.saved.schemaVersion);
  check('formEditor saveSchema keeps id and components', form.saved.id === original.id &&
    JSON.stringify(form.saved.components.map(c => [ c.id, c.key, c.type ])) ===
    JSON.stringify(original.components.map(c => [ c.id, c.key, c.type ])));
  const newer = await page.evaluate(async json => {
    const schema = JSON.parse(json);
    schema.schemaVersion = 19;
    await window.formE.importSchema(schema);
    return window.formE.saveSchema().schemaVersion;
  }, formJson);
  check('a schemaVersion 19 schema imports and is saved as 16', newer === 16, newer);
  await (await page.$('#s-form-viewer')).screenshot({ path: path.join(out, '7-form-viewer.png') });
  const formProps = await page.evaluate(async () => {
    const field = document.querySelector('#form-editor .fjs-editor-container .fjs-form-field-textfield');
    field && field.click();
    await new Promise(r => setTimeout(r, 300));
    return [ ...document.querySelectorAll('#form-editor .bio-properties-panel-group-header-title') ].map(e => e.textContent);
  });
  check('formEditor properties panel shows a selected field', formProps.includes('General') && formProps.includes('Validation'),
    formProps);
  await (await page.$('#s-form-editor')).screenshot({ path: path.join(out, '8-form-editor.png') });

  const allForms = fs.readdirSync(path.join(repo, 'forms')).filter(f => f.endsWith('.form'));
  const formErrors = await page.evaluate(async files => {
    const bad = [];
    for (const [ name, json ] of files) {
      try {
        const { warnings } = await window.formE.importSchema(json);
        if (warnings && warnings.length) {
          bad.push([ name, warnings.map(String) ]);
        }
      } catch (err) {
        bad.push([ name, String(err) ]);
      }
    }
    return bad;
  }, allForms.map(f => [ f, read('forms/' + f) ]));
  check(`every repo form (${allForms.length}) imports in the form editor`, formErrors.length === 0, formErrors);

  check('no request left the file system (no CDN)', foreignRequests.length === 0, foreignRequests);
  check('no failed requests (fonts, scripts, css)', failedRequests.length === 0, failedRequests);
  check('no page errors', pageErrors.length === 0, pageErrors);
} finally {
  await browser.close();
}

console.log(`\nscreenshots in ${path.relative(process.cwd(), out) || '.'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
