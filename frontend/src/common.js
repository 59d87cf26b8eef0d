export const VERSION = '1.0.0';

/**
 * Adds the given functions to window.SocietyFlowModeling (each part of the
 * bundle is a standalone script and adds its own).
 */
export function register(api) {
  const root = typeof window !== 'undefined' ? window : globalThis;
  const ns = root.SocietyFlowModeling = root.SocietyFlowModeling || {};
  Object.assign(ns, api);
  ns.parts = Array.from(new Set([ ...(ns.parts || []), ...Object.keys(api) ]));
  ns.version = VERSION;
  return ns;
}

export function toArray(value) {
  if (!value) {
    return [];
  }
  return Array.isArray(value) ? value : [ value ];
}

export function escapeHtml(str) {
  return String(str === undefined || str === null ? '' : str)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function el(tag, className, parent) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (parent) {
    parent.appendChild(node);
  }
  return node;
}
