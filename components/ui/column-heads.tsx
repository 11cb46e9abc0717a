/** A table's header row: one column header per name, each with its cell's alignment. */
export function ColumnHeads({
  names,
  cellClass,
}: {
  names: readonly string[];
  cellClass: string | ((index: number) => string);
}) {
  return (
    <thead className="bg-slate-100 text-slate-800">
      <tr>
        {names.map((name, i) => (
          <th key={name} scope="col" className={typeof cellClass === "string" ? cellClass : cellClass(i)}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
