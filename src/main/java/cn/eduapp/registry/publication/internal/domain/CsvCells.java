package cn.eduapp.registry.publication.internal.domain;

/**
 * CSV injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which
 * some programs strip first) as a formula. Such cells get a leading apostrophe (OWASP's advice).
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
