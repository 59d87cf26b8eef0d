/*
 * SocietyFlow modeling bundle: BPMN viewer only (bpmnViewer, diff), for pages
 * that only show diagrams. modeling-bpmn.js contains the same functions.
 *
 * Built into src/main/resources/static/vendor/modeling/modeling-bpmn-viewer.js.
 */
import { bpmnViewer, diff } from './bpmn-core.js';
import { register } from './common.js';

register({ bpmnViewer, diff });
