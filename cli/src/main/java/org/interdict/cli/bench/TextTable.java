package org.interdict.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table for the terminal: a header, a rule of dashes, then the rows, every column as wide as
 * its widest cell. Figures (cells that start with a digit, a sign or a dash) are right-aligned, words and the
 * first column left-aligned. Not thread-safe.
 */
public final class TextTable {

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("^([-+]?[0-9.,]+.*|-)$");

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.header = List.of(header);
    }

    /** Adds a row; it must have one cell per column (null prints as empty). */
    public TextTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.size()
                    + " columns: " + Arrays.toString(cells));
        }
        List<String> row = new ArrayList<>(cells.length);
        for (String cell : cells) {
            row.add(cell == null ? "" : cell);
        }
        rows.add(row);
        return this;
    }

    @Override
    public String toString() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        int total = Arrays.stream(widths).sum() + 2 * (widths.length - 1);
        out.append("-".repeat(total)).append('\n');
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c > 0 && FIGURE.matcher(cell).matches() ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    // ---- number formats shared by the bench output

    /** Seconds from nanoseconds: three decimals under 10 s, one above. */
    public static String seconds(long nanos) {
        if (nanos < 0) {
            return "-";
        }
        double s = nanos / 1e9;
        return String.format(Locale.ROOT, s < 10 ? "%.3f s" : "%.1f s", s);
    }

    /** A difference of two times in seconds, which may be negative (noise); same precision as {@link #seconds}. */
    public static String signedSeconds(long nanos) {
        double s = nanos / 1e9;
        return String.format(Locale.ROOT, Math.abs(s) < 10 ? "%.3f s" : "%.1f s", s);
    }

    /** A rate with thousands separators: three decimals under 1, one under 100, none above. */
    public static String rate(double perSecond) {
        if (Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
            return "-";
        }
        return String.format(Locale.ROOT, perSecond < 1 ? "%.3f" : perSecond < 100 ? "%,.1f" : "%,.0f", perSecond);
    }

    /** A whole number with thousands separators. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Mebibytes from bytes; "-" when unknown (negative). */
    public static String megabytes(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%,d MB", Math.round(bytes / (1024.0 * 1024.0)));
    }

    /** A ratio such as "41.7x". */
    public static String ratio(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
