/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// the language the webapps pick (navigator.languages[0] cut at '-'), see locales below
const BROWSER_LANGUAGE = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en')
  .split('-')[0].toLowerCase();
const LOCALES = ['zh-CN', 'zh', 'en', 'de'];

export default {
  // the header and the page title read "学会工作平台 系统管理" (vendor, then name), not "Camunda 系统管理"
  app: {
    name: '系统管理',
    vendor: '学会工作平台'
  },

  // // custom libraries and scripts loading and initialization,
  // // see: http://docs.camunda.org/guides/user-guide/#tasklist-customizing-custom-scripts
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'admin' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `admin` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // 'runtimeActivityInstanceMetrics': {
  //   'display': true
  // },
  // 'historicActivityInstanceMetrics': {
  //   'adjustablePeriod': true,
  //   'period': {
  //     'unit': 'day'
  //   }
  // },
  // Locales (locales/<key>.json): the browser's language decides. The webapps take the first
  // entry of navigator.languages, cut it at the first '-' ('zh-CN' -> 'zh', 'en-US' -> 'en') and
  // look that up here; anything not listed gets the fallback. So Chinese browsers load 'zh'
  // (locales/zh.json), an identical copy of locales/zh-CN.json, the file the translation is kept
  // in (WebappTranslationsTest keeps the two equal).
  locales: {
    availableLocales: LOCALES,
    // The fallback is loaded besides the browser's language and, when its file arrives last, makes its date words
    // the global ones (moment's locale): a Chinese Tasklist said "in a month" once a task was open. So the browser's
    // language is its own fallback where we have it; English for all others.
    fallbackLocale: LOCALES.includes(BROWSER_LANGUAGE) ? BROWSER_LANGUAGE : 'en'
  },
  // the portal link and the apps' names in the header (app/shared/platform.js)
  customScripts: ['../shared/platform'],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 4000
};
