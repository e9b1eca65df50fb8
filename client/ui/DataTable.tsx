import type { Key, ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';
import './formControls.css';

export type Column<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures (amounts, quantities). */
  numeric?: boolean;
  /** The cell that names the row (read as a row header). */
  rowHeader?: boolean;
};

type DataTableProps<T> = {
  /** Names the table (its caption, visually hidden) and its scrolling region. */
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => Key;
  footer?: ReactNode;
};

/** A plain data table with a hidden caption, scrolling sideways on narrow screens. */
export function DataTable<T>({ label, columns, rows, rowKey, footer }: DataTableProps<T>) {
  return (
    <ScrollRegion label={label}>
      <table className="data-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.numeric ? 'data-table__numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowKey(row, rowIndex)}>
              {columns.map((column, index) =>
                column.rowHeader ? (
                  <th key={index} scope="row" className={column.numeric ? 'data-table__numeric' : undefined}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={index} className={column.numeric ? 'data-table__numeric' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </ScrollRegion>
  );
}
