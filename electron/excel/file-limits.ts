/**
 * What a workbook may hold before anything of it is expanded. Each limit is set from what exceljs
 * and the model cost in memory (measured: about 0.5 KB per cell or row met, 8 bytes per padded
 * cell), so the largest file allowed stays near 1.5 GB at its peak, well under the 4 GB heap.
 */

/** Excel's own sheet bounds: a reference beyond them is a damaged or hostile file. */
export const MAX_ROWS = 1_048_576
export const MAX_COLUMNS = 16_384
/** Excel's own limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32_767

/**
 * Rows and cells without any content (only a format) a sheet may carry. Excel writes such a row or
 * cell only where a clerk formatted it; half a million of them is a whole area formatted by mistake.
 */
export const MAX_EMPTY_CELLS = 500_000
/** Rows × their last column, summed: what the model pads to (one A…XFD row is 16,384). */
export const MAX_SHEET_SPAN = 10_000_000
/** exceljs creates one entry per cell a data validation covers: four whole columns. */
export const MAX_VALIDATION_AREA = 4 * MAX_ROWS
/** exceljs also creates one entry per cell a defined name (a print area, a named range) covers. */
export const MAX_DEFINED_NAMES_AREA = 4 * MAX_ROWS
/** exceljs checks each merge against all earlier ones on load: quadratic, so their number is capped */
export const MAX_MERGES_PER_SHEET = 20_000

/** Excel itself allows 64,000 cell formats; a styles part with more is built to exhaust memory. */
export const MAX_STYLE_ENTRIES = 100_000
export const MAX_SHARED_STRINGS = 2_000_000

/** Inflated size above which a workbook is refused before exceljs expands it (zip bombs). */
export const MAX_INFLATED_BYTES = 300 * 1024 * 1024
export const MAX_ZIP_ENTRIES = 20_000
/** Real sheets compress 5–80×; deflate's ceiling is about 1,030×. Only parts above the floor are judged. */
export const MAX_COMPRESSION_RATIO = 400
export const RATIO_FLOOR_BYTES = 4 * 1024 * 1024
/** The directory parts (workbook.xml and its rels) are read whole to learn the sheets' names. */
export const MAX_DIRECTORY_PART_BYTES = 16 * 1024 * 1024

/** CSV: a record longer than this many fields is not a table (Excel's column limit). */
export const MAX_CSV_FIELDS = MAX_COLUMNS
