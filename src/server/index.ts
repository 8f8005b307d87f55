// The one list of everything that becomes a global in dist/Code.js: each name exported here gets a top-level
// stub (src/build/stubs.mjs) so menus, triggers, google.script.run and Sheets formulas can reach it.
export { onInstall, onOpen, showSidebar, menuRerun, menuClear } from './menu';
export {
  sidebarAnalyze,
  sidebarPreview,
  sidebarApply,
  sidebarClear,
  sidebarSelectCell,
  sidebarTeach,
  sidebarCompareRuns,
} from './sidebar/calls';
export * from './customFunctions';
