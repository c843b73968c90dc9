// The name of a table cell, shown only where the table becomes cards of labelled lines (below
// 640 px): the people and the links pages.
export function CellLabel({ text }: { text: string }) {
  return <span className="block text-xs text-slate-600 sm:hidden">{text}</span>;
}
