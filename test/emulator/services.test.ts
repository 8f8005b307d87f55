import { gzipSync } from 'node:zlib';
import { LOCK_TIMEOUT_MESSAGE, createFakeApps, fakeSpreadsheetFromRows } from '../../emulator';

describe('PropertiesService', () => {
  test('document properties are shared by executions on the same spreadsheet; user properties too', () => {
    const spreadsheet = fakeSpreadsheetFromRows([]);
    const first = createFakeApps({ spreadsheet });
    first.PropertiesService.getDocumentProperties().setProperty('settings', '{"tier":"share"}');
    first.PropertiesService.getUserProperties().setProperties({ language: 'es', theme: 'light' });
    const second = createFakeApps({ spreadsheet });
    expect(second.PropertiesService.getDocumentProperties().getProperty('settings')).toBe('{"tier":"share"}');
    expect(second.PropertiesService.getUserProperties().getProperties()).toEqual({ language: 'es', theme: 'light' });
    expect(second.PropertiesService.getDocumentProperties().getProperty('missing')).toBeNull();
  });

  test('getProperties returns a copy; delete and setProperties(…, true) work as documented', () => {
    const props = createFakeApps().PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.getProperties().a = 'changed';
    expect(props.getProperty('a')).toBe('1');
    props.deleteProperty('a');
    expect(props.getKeys()).toEqual(['b']);
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
  });
});

describe('LockService', () => {
  test('two executions on one document cannot hold the document lock at once', () => {
    const spreadsheet = fakeSpreadsheetFromRows([]);
    const runA = createFakeApps({ spreadsheet });
    const runB = createFakeApps({ spreadsheet });
    const lockA = runA.LockService.getDocumentLock();
    lockA.waitLock(30000);
    expect(lockA.hasLock()).toBe(true);
    const lockB = runB.LockService.getDocumentLock();
    expect(lockB.tryLock(1000)).toBe(false);
    expect(() => lockB.waitLock(30000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(lockB.hasLock()).toBe(false);
    expect(spreadsheet.documentLock.refusals).toBe(2);
    lockA.releaseLock();
    expect(lockB.tryLock(1000)).toBe(true);
    expect(lockA.hasLock()).toBe(false);
  });

  test('a lock left held is released when its execution ends', () => {
    const spreadsheet = fakeSpreadsheetFromRows([]);
    const runA = createFakeApps({ spreadsheet });
    runA.LockService.getDocumentLock().waitLock(1000);
    runA.endExecution();
    expect(createFakeApps({ spreadsheet }).LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('HtmlService and Ui', () => {
  test('the sidebar shown is recorded with its title and content', () => {
    const apps = createFakeApps({ htmlFiles: { Sidebar: '<p>Hello</p>' } });
    const html = apps.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Customer segments').setWidth(300);
    expect(html.getContent()).toBe('<p>Hello</p>');
    apps.SpreadsheetApp.getUi().showSidebar(html);
    expect(apps.ui.sidebar).toEqual({ kind: 'sidebar', title: 'Customer segments', width: 300, height: 0, content: '<p>Hello</p>' });
    expect(() => apps.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  test('templates print escaped (<?= ?>) and raw (<?!= ?>) properties only', () => {
    const apps = createFakeApps({ htmlFiles: { Page: '<b><?= name ?></b><script>var s = <?!= boot.json ?>;</script>' } });
    const template = apps.HtmlService.createTemplateFromFile('Page');
    template.name = '<img src=x onerror=alert(1)>';
    template.boot = { json: '{"lang":"es"}' };
    expect(template.evaluate().getContent()).toBe('<b>&lt;img src=x onerror=alert(1)&gt;</b><script>var s = {"lang":"es"};</script>');
    const code = apps.HtmlService.createTemplate('<? for (;;) {} ?>');
    expect(() => code.evaluate()).toThrow('only prints properties');
  });

  test('the add-on menu, alerts and toasts are recorded', () => {
    const apps = createFakeApps();
    const ui = apps.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Open', 'showSidebar').addSeparator().addItem('Clear', 'clearSegments').addToUi();
    expect(apps.ui.menus).toEqual([
      {
        caption: null,
        entries: [
          { kind: 'item', caption: 'Open', functionName: 'showSidebar' },
          { kind: 'separator' },
          { kind: 'item', caption: 'Clear', functionName: 'clearSegments' },
        ],
      },
    ]);
    apps.ui.alertAnswer = 'YES';
    expect(ui.alert('Sure?', 'Clear everything?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(apps.ui.alerts).toEqual([{ title: 'Sure?', prompt: 'Clear everything?', buttons: 'YES_NO' }]);
    apps.SpreadsheetApp.getActiveSpreadsheet().toast('Done', 'Segments');
    expect(apps.spreadsheet.toasts).toEqual([{ message: 'Done', title: 'Segments', timeoutSeconds: 5 }]);
  });

  test('in AuthMode.NONE only menus can be built, as for an add-on’s onOpen before first use', () => {
    const apps = createFakeApps({ authMode: 'NONE', userLocale: 'es' });
    const e = apps.openEvent();
    expect(e.authMode).toBe(apps.ScriptApp.AuthMode.NONE);
    expect(e.source).toBeUndefined();
    expect(apps.Session.getActiveUserLocale()).toBe('es'); // needs no authorization: menus can be localised
    apps.SpreadsheetApp.getUi().createAddonMenu().addItem('Abrir', 'showSidebar').addToUi();
    expect(apps.ui.menus).toHaveLength(1);
    expect(() => apps.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => apps.PropertiesService.getDocumentProperties()).toThrow('permission');
    expect(createFakeApps().openEvent().source!.getName()).toBe('Untitled spreadsheet');
  });
});

describe('Session and Utilities', () => {
  test('user locale, script time zone and formatDate patterns', () => {
    const apps = createFakeApps({ userLocale: 'zh_CN', spreadsheet: fakeSpreadsheetFromRows([], { timeZone: 'Asia/Shanghai' }) });
    expect(apps.Session.getActiveUserLocale()).toBe('zh_CN');
    expect(apps.Session.getScriptTimeZone()).toBe('Asia/Shanghai');
    const instant = new Date('2024-01-15T20:30:05.000Z');
    expect(apps.Utilities.formatDate(instant, 'Asia/Shanghai', 'yyyy-MM-dd')).toBe('2024-01-16');
    expect(apps.Utilities.formatDate(instant, 'America/New_York', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2024-01-15T15:30:05-05:00');
    expect(apps.Utilities.formatDate(instant, 'GMT', 'd MMM yyyy, EEE h:mm a')).toBe('15 Jan 2024, Mon 8:30 PM');
    expect(apps.Utilities.formatDate(instant, 'GMT+2', 'HH:mm Z')).toBe('22:30 +0200');
  });
});

describe('Utilities: base64, blobs and gzip (https://developers.google.com/apps-script/reference/utilities/utilities)', () => {
  const utilities = () => createFakeApps({ authMode: 'CUSTOM_FUNCTION' }).Utilities;
  test('a gzipped UTF-8 text comes back through base64Decode, newBlob, ungzip and getDataAsString, in a formula too', () => {
    const u = utilities();
    const packed = gzipSync(Buffer.from('{"zh":"暂时不","es":"más adelante"}', 'utf8')).toString('base64');
    const bytes = u.base64Decode(packed);
    // Java bytes are signed.
    expect(bytes.every((b) => b >= -128 && b <= 127) && bytes.some((b) => b < 0)).toBe(true);
    const text = u.ungzip(u.newBlob(bytes, 'application/x-gzip')).getDataAsString();
    expect(JSON.parse(text)).toEqual({ zh: '暂时不', es: 'más adelante' });
  });
  test('what is not base64, not bytes or not gzip is refused', () => {
    const u = utilities();
    expect(() => u.base64Decode('not base64!')).toThrow('Could not decode string.');
    expect(() => u.newBlob([300] as unknown as number[])).toThrow('Invalid argument: data');
    expect(() => u.ungzip(u.newBlob('plain text'))).toThrow('Could not decompress blob.');
    expect(() => u.ungzip('text' as unknown as GoogleAppsScript.Base.Blob)).toThrow('Invalid argument: blob');
  });
});
