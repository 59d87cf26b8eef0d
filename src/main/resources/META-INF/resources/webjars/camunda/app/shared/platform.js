/*
 * SocietyFlow in every Camunda webapp (a custom script of Tasklist, Cockpit, Admin and Welcome, see their
 * scripts/config.js): a link back to the portal in the header, the apps' names in the home menu in the user's
 * language, and — in Tasklist — form-js's validation messages ("Field is required.") in it too, since form-js 1.8 has
 * no translations of its own. The texts are the SF_* labels of the app's locale file (locales/zh-CN.json, identical
 * zh.json); a language without them keeps Camunda's English.
 */

// the webapps live under <context>/camunda; the portal is <context>/
const APP_ROOT = document.querySelector('base').getAttribute('app-root');
const CONTEXT = APP_ROOT.substring(0, APP_ROOT.lastIndexOf('/'));
const APP = (window.location.pathname.substring(APP_ROOT.length).match(/^\/app\/([^/]+)/) || [])[1];
// the language the webapps pick: the browser's first, cut at '-'
const LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').split('-')[0];

// form-js 1.8's messages (Validator, number field) and the label of each
const FORM_MESSAGES = [
  [/^Field is required\.$/, 'SF_FORM_REQUIRED'],
  [/^Field must have minimum length of (.+)\.$/, 'SF_FORM_MIN_LENGTH'],
  [/^Field must have maximum length of (.+)\.$/, 'SF_FORM_MAX_LENGTH'],
  [/^Field must have minimum value of (.+)\.$/, 'SF_FORM_MIN'],
  [/^Field must have maximum value of (.+)\.$/, 'SF_FORM_MAX'],
  [/^Field must match pattern (.+)\.$/, 'SF_FORM_PATTERN'],
  [/^Field must be a valid email\.$/, 'SF_FORM_EMAIL'],
  [/^Field must be a valid +international phone number\..*$/, 'SF_FORM_PHONE'],
  [/^Value is not a number\.$/, 'SF_FORM_NOT_A_NUMBER'],
  [/^Value is expected to be an integer\.$/, 'SF_FORM_INTEGER'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'SF_FORM_DECIMALS'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, 'SF_FORM_STEP']
];

const APPS = ['welcome', 'tasklist', 'cockpit', 'admin'];

function translated(labels, message) {
  for (const [pattern, key] of FORM_MESSAGES) {
    const match = message.match(pattern);
    if (match && labels[key]) {
      return labels[key].replace(/\{(\d)\}/g, (_, i) => match[Number(i) + 1]);
    }
  }
  return null;
}

function decorate(labels) {
  // the portal link, first in the header's menu
  const menu = document.querySelector('[cam-widget-header] .app-menu > ul');
  if (menu && !menu.querySelector('li.sf-portal') && labels.SF_PORTAL) {
    const item = document.createElement('li');
    item.className = 'sf-portal';
    const link = document.createElement('a');
    link.href = CONTEXT + '/';
    link.textContent = labels.SF_PORTAL;
    item.appendChild(link);
    menu.insertBefore(item, menu.firstChild);
  }
  // the home menu: the apps' names
  APPS.forEach((app) => {
    const link = document.querySelector(`[cam-widget-header] .app-switch li.${app} > a`);
    const label = labels['SF_APP_' + app.toUpperCase()];
    if (link && label && link.textContent.trim() !== label) {
      link.textContent = label;
    }
  });
  // form-js's validation messages
  document.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    const text = translated(labels, item.textContent.trim());
    if (text && item.textContent !== text) {
      item.textContent = text;
    }
  });
}

async function start() {
  let labels = {};
  try {
    const response = await fetch(`${APP_ROOT}/app/${APP}/locales/${LANGUAGE}.json`, { credentials: 'same-origin' });
    if (response.ok) {
      labels = (await response.json()).labels || {};
    }
  } catch (e) {
    return; // no locale file: Camunda's own texts
  }
  let queued = false;
  new MutationObserver(() => {
    if (!queued) {
      queued = true;
      window.requestAnimationFrame(() => {
        queued = false;
        decorate(labels);
      });
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  decorate(labels);
}

if (APP) {
  start();
}

// no plugins of its own
export default [];
