// Class names for form controls, so selects, inputs and buttons in one row line up everywhere.
// Shared by client components; no markup here.

/** A select or a one-line input: the same height, so labels above a row stay aligned. */
export const FIELD = "h-9 rounded-md border border-slate-300 bg-white px-2";

/** A multi-line text box. */
export const TEXTAREA = "rounded-md border border-slate-300 bg-white px-2 py-1.5";

/** A secondary action button, as tall as the fields beside it. */
export const BUTTON = "h-9 rounded-md border border-slate-300 px-3 font-medium hover:bg-slate-100 disabled:opacity-50";
