import type { ChartData } from './chartData.ts';

/** A chart's rows as a table ([A11Y-11]): the same rows and the same formatted figures as its points. */
export function ChartTable<Row extends { id: string; name: string }>({
  title,
  data,
}: {
  title: string;
  data: ChartData<Row>;
}) {
  return (
    <table className="chart-table" data-testid="chart-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{data.nameHeader}</th>
          {data.columns.map((column) => (
            <th scope="col" key={column.header} className="numeric">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            {data.columns.map((column) => (
              <td key={column.header} className="numeric">
                {column.text(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
