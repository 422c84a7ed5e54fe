// Size limits of the spreadsheet import, stated in the messages that refuse a file.

/** A file handed to the import (uploaded or picked) may not be larger. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
