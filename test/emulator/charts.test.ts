import { createFakeApps, fakeSpreadsheetFromRows, snapshotSheet } from '../../emulator';

function setUp() {
  const apps = createFakeApps({
    spreadsheet: fakeSpreadsheetFromRows([
      ['Tier', 'Revenue'],
      ['A', 800],
      ['B', 150],
      ['C', 50],
    ]),
  });
  return { apps, sheet: apps.SpreadsheetApp.getActiveSheet() };
}

describe('embedded charts', () => {
  test('build, insert, read back: type, ranges, position, options', () => {
    const { apps, sheet } = setUp();
    const chart = sheet
      .newChart()
      .setChartType(apps.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B4'))
      .setPosition(2, 4, 10, 0)
      .setOption('title', 'Revenue share by tier')
      .setOption('legend', { position: 'none' })
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored.getChartId()).toEqual(expect.any(Number));
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
    expect(stored.getOptions().get('title')).toBe('Revenue share by tier');
    expect(stored.getOptions().get('legend')).toEqual({ position: 'none' });
    expect(stored.getOptions().get('missing')).toBeNull();
    const where = stored.getContainerInfo();
    expect([where.getAnchorRow(), where.getAnchorColumn(), where.getOffsetX()]).toEqual([2, 4, 10]);
    expect(snapshotSheet(sheet).charts[0]).toMatchObject({ type: 'COLUMN', ranges: ['A1:B4'] });
  });

  test('modify + updateChart replaces the chart; removeChart removes it', () => {
    const { apps, sheet } = setUp();
    sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B4')).build());
    const [chart] = sheet.getCharts();
    sheet.updateChart(chart.modify().setChartType(apps.Charts.ChartType.BAR).setOption('title', 'Updated').build());
    expect(sheet.getCharts()).toHaveLength(1);
    expect(snapshotSheet(sheet).charts[0]).toMatchObject({ type: 'BAR', options: { title: 'Updated' } });
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
  });

  test('typed builder setters become options; a chart without data cannot be built', () => {
    const { sheet } = setUp();
    const builder = sheet.newChart().asColumnChart().setTitle('Tiers').setStacked().setColors(['#0f9d58']);
    sheet.insertChart(builder.addRange(sheet.getRange('A1:B4')).build());
    expect(snapshotSheet(sheet).charts[0].options).toEqual({ title: 'Tiers', isStacked: true, colors: ['#0f9d58'] });
    expect(() => sheet.newChart().build()).toThrow('no data ranges');
  });

  test('a chart on a summary sheet keeps pointing at its data when that sheet’s columns move', () => {
    const { apps, sheet } = setUp();
    const summary = apps.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Segments');
    summary.insertChart(summary.newChart().addRange(sheet.getRange('A1:B4')).build());
    sheet.insertColumnsBefore(1, 1);
    expect(snapshotSheet(summary).charts[0].ranges).toEqual(["'Sheet1'!B1:C4"]);
  });
});
