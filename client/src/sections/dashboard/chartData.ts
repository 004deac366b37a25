/** A figure a chart shows for each row: its header and how a row's figure reads, formatted as drawn. */
export interface ChartColumn<Row> {
  header: string;
  text(row: Row): string;
}

/**
 * What a chart draws and its table shows ([A11Y-11]): one array of rows that both read, and the columns
 * that say each row's figures. No second computation: the bars, the points' names and the table cells
 * all come from these rows through these columns.
 */
export interface ChartData<Row extends { id: string; name: string }> {
  rows: Row[];
  /** The header of the rows' names in the table ("Goal"). */
  nameHeader: string;
  columns: ChartColumn<Row>[];
}

/** A point as a screen reader hears it: "Sales: Attainment 83 %, Status ✗ Missed" ([A11Y-10]). */
export const pointLabel = <Row extends { id: string; name: string }>(data: ChartData<Row>, row: Row): string =>
  `${row.name}: ${data.columns.map((column) => `${column.header} ${column.text(row)}`).join(', ')}`;
