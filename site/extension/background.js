// The PolicyLens service worker: only the "Analyse selection with
// PolicyLens" context menu item. It never touches the network.
const ext = globalThis.browser ?? globalThis.chrome;
const MENU_ID = 'policylens-selection';

ext.runtime.onInstalled.addListener(() => {
  ext.contextMenus.create({ id: MENU_ID, title: 'Analyse selection with PolicyLens', contexts: ['selection'] });
});

// analyseSelection hands the selection to the popup through session storage
// and opens the popup; where the browser cannot open it from here, the popup
// opens in a tab aimed at the page (popup.html?tab=<id>).
function analyseSelection(info, tab) {
  if (info.menuItemId !== MENU_ID || !tab || tab.id === undefined) return undefined;
  const saved = ext.storage.session.set({
    pending: { tabId: tab.id, text: info.selectionText || '', url: info.pageUrl || tab.url || '', at: Date.now() },
  });
  // openPopup is called at once, inside the click, which Firefox requires.
  // It can fail, or never answer when no browser window has focus.
  const opened = ext.action.openPopup ? ext.action.openPopup() : Promise.reject(new Error('no openPopup'));
  const late = new Promise((_, reject) => setTimeout(() => reject(new Error('openPopup did not answer')), 2000));
  return Promise.all([saved, Promise.race([opened, late])]).catch(() =>
    saved.then(() => ext.tabs.create({ url: ext.runtime.getURL(`popup.html?tab=${tab.id}`), index: tab.index + 1 })));
}

ext.contextMenus.onClicked.addListener(analyseSelection);
// Tests call the handler directly: headless browsers have no context menu.
globalThis.policylensAnalyseSelection = analyseSelection;
