package org.interdict.cli.batch;

/**
 * Guards CSV cells against formula injection: a cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be run as a formula by a spreadsheet, so it gets a single
 * quote in front. A cell that already begins with a single quote gets one too, so that {@link #unescape}
 * gives back exactly what was escaped (a spreadsheet shows such a cell with one quote, as written).
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r'";

    private CsvCells() {
    }

    /** The cell as it is safe to write; null becomes the empty string. */
    public static String escape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #escape}. */
    public static String unescape(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
