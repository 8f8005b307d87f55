// Sentences the server returns to the sidebar, in the user's language.
import type { Language } from '../../engine/types';

interface Messages {
  noTable: string;
  noColumns: string;
  nothingToCompute: string;
  onSummarySheet: string;
  busy: string;
  nothingToClear: string;
  cleared: string;
  applied: (rows: number, columns: number) => string;
  /** Apply stopped after writing part of its output. */
  applyStopped: string;
  /** Apply's first change was refused: nothing was written. */
  applyNotStarted: string;
  clearStopped: string;
  /** Known reasons Sheets refuses a change, in words; any other shows the platform's own message. */
  cellLimit: string;
  columnLimit: string;
  mergedFreeze: string;
}

const MESSAGES: Record<Language, Messages> = {
  en: {
    noTable: 'No customer table found on this sheet: it needs a header row (Customer, Revenue, Last order…) with data below.',
    noColumns: 'The header row names no column we can use: choose the columns in the dropdowns.',
    nothingToCompute: 'Nothing to compute: tick at least one classification that the chosen columns allow.',
    onSummarySheet: 'This is the summary sheet. Open your customer sheet and try again.',
    busy: 'Another classification is running on this spreadsheet. Try again in a moment.',
    nothingToClear: 'There is no classification on this sheet to clear.',
    cleared: 'Cleared: the columns, colours and summary sheet the add-on added are gone.',
    applied: (rows, columns) => `Done: ${rows} customers classified in ${columns} new columns, with a summary sheet.`,
    applyStopped: 'Apply stopped part way because Google Sheets refused a change; Clear removes what it had written.',
    applyNotStarted: 'Apply changed nothing: Google Sheets refused its first change.',
    clearStopped: 'Clear stopped part way because Google Sheets refused a change; run Clear again to finish.',
    cellLimit: 'The spreadsheet would go past Google Sheets’ limit of 10 million cells: delete unused rows, columns or sheets first.',
    columnLimit: 'The sheet would go past Google Sheets’ limit of 18,278 columns.',
    mergedFreeze: 'Merged cells cross the header row, so it cannot be frozen: unmerge them first.',
  },
  es: {
    noTable: 'No hay una tabla de clientes en esta hoja: hace falta una fila de encabezados (Cliente, Ventas, Última compra…) con datos debajo.',
    noColumns: 'Los encabezados no nombran ninguna columna utilizable: elija las columnas en los desplegables.',
    nothingToCompute: 'Nada que calcular: marque al menos una clasificación que permitan las columnas elegidas.',
    onSummarySheet: 'Esta es la hoja de resumen. Abra su hoja de clientes y vuelva a intentarlo.',
    busy: 'Ya hay otra clasificación en marcha en esta hoja de cálculo. Inténtelo de nuevo en un momento.',
    nothingToClear: 'No hay ninguna clasificación que borrar en esta hoja.',
    cleared: 'Borrado: se han quitado las columnas, colores y la hoja de resumen que añadió el complemento.',
    applied: (rows, columns) => `Hecho: ${rows} clientes clasificados en ${columns} columnas nuevas, con una hoja de resumen.`,
    applyStopped: 'Aplicar se detuvo a medias porque Hojas de cálculo de Google rechazó un cambio; Borrar quita lo que llegó a escribir.',
    applyNotStarted: 'Aplicar no cambió nada: Hojas de cálculo de Google rechazó su primer cambio.',
    clearStopped: 'Borrar se detuvo a medias porque Hojas de cálculo de Google rechazó un cambio; vuelva a pulsar Borrar para terminar.',
    cellLimit: 'La hoja de cálculo superaría el límite de 10 millones de celdas de Google: elimine antes filas, columnas u hojas que no use.',
    columnLimit: 'La hoja superaría el límite de 18.278 columnas de Google.',
    mergedFreeze: 'Hay celdas combinadas que cruzan la fila de encabezado y no se puede inmovilizar: sepárelas antes.',
  },
  zh: {
    noTable: '此工作表中没有找到客户表：需要一行表头（客户、销售额、最近购买……），下面是数据。',
    noColumns: '表头中没有可用的列：请在下拉菜单中选择各列。',
    nothingToCompute: '没有可计算的内容：请至少勾选一项所选列支持的分类。',
    onSummarySheet: '这是汇总表。请打开客户表后再试。',
    busy: '此表格中已有另一次分类正在进行，请稍后再试。',
    nothingToClear: '此工作表上没有可清除的分类。',
    cleared: '已清除：插件添加的列、颜色和汇总表都已删除。',
    applied: (rows, columns) => `完成：已对 ${rows} 位客户分类，新增 ${columns} 列，并生成汇总表。`,
    applyStopped: '应用中途停止，因为 Google 表格拒绝了一项更改；点击“清除”即可移除已写入的内容。',
    applyNotStarted: '应用没有做任何更改：Google 表格拒绝了它的第一项更改。',
    clearStopped: '清除中途停止，因为 Google 表格拒绝了一项更改；请再点一次“清除”完成。',
    cellLimit: '表格将超过 Google 表格 1000 万个单元格的上限：请先删除不用的行、列或工作表。',
    columnLimit: '工作表将超过 Google 表格 18,278 列的上限。',
    mergedFreeze: '有合并单元格跨过表头行，无法冻结：请先取消合并。',
  },
};

export function messages(language: Language): Messages {
  return MESSAGES[language];
}

/** The platform's refusal in the user's words where we know it; its own message otherwise. */
export function refusalDetail(platformMessage: string, language: Language): string {
  const t = MESSAGES[language];
  if (/limit of 10000000 cells/i.test(platformMessage)) return t.cellLimit;
  if (/limit of 18278 columns/i.test(platformMessage)) return t.columnLimit;
  if (/freeze .*merged cell/i.test(platformMessage)) return t.mergedFreeze;
  return platformMessage;
}
