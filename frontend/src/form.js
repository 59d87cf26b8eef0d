/*
 * SocietyFlow modeling bundle: form part (form-js viewer and editor).
 *
 * form-js is pinned to 1.8.7: Camunda 7.24's Tasklist renders Camunda Forms
 * with form-js 1.8, so the editor offers only what 1.8 knows and writes
 * schemaVersion 16 (the version 1.8 writes and reads).
 *
 * Built into src/main/resources/static/vendor/modeling/modeling-form.js.
 */
import { Form, schemaVersion } from '@bpmn-io/form-js-viewer';
import { FormEditor } from '@bpmn-io/form-js-editor';

import { register } from './common.js';

const EXECUTION_PLATFORM = 'Camunda Platform';
const EXECUTION_PLATFORM_VERSION = '7.24.0';

function parseSchema(schema) {
  return typeof schema === 'string' ? JSON.parse(schema) : schema;
}

function formViewer(container, options = {}) {
  const form = new Form({ container, ...options });

  return {
    form,

    async importSchema(schema, data = {}) {
      return form.importSchema(parseSchema(schema), data);
    },

    /** submit() of form-js: { data, errors } */
    submit() {
      return form.submit();
    },

    destroy() {
      form.destroy();
    }
  };
}

function formEditor(container, options = {}) {
  const editor = new FormEditor({
    container,
    exporter: options.exporter || { name: 'SocietyFlow', version: 'form-js ' + FORM_JS_VERSION },
    ...options
  });

  return {
    editor,

    async importSchema(schema) {
      schema = parseSchema(schema);
      if (schema && typeof schema.schemaVersion === 'number' && schema.schemaVersion > schemaVersion) {
        console.warn(`[SocietyFlowModeling] form schemaVersion ${schema.schemaVersion} is newer than ` +
          `${schemaVersion} (form-js ${FORM_JS_VERSION}, as in Camunda 7.24 Tasklist); it is saved as ${schemaVersion}`);
      }
      return editor.importSchema(schema);
    },

    /** @return {object} the schema, schemaVersion 16, Camunda Platform 7.24 */
    saveSchema() {
      const schema = editor.saveSchema();
      return {
        ...schema,
        executionPlatform: EXECUTION_PLATFORM,
        executionPlatformVersion: EXECUTION_PLATFORM_VERSION,
        schemaVersion
      };
    },

    destroy() {
      editor.destroy();
    }
  };
}

// eslint-disable-next-line no-undef
const FORM_JS_VERSION = typeof __FORM_JS_VERSION__ !== 'undefined' ? __FORM_JS_VERSION__ : '1.8';

register({ formViewer, formEditor, formSchemaVersion: schemaVersion });
