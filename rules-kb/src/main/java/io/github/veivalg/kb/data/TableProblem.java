package io.github.veivalg.kb.data;

/**
 * One problem of a law-data table, where it is: {@code line} and {@code column} count from 1, and
 * are 0 for a problem of the whole file or line; {@code columnName} is the header's name of the column.
 */
public record TableProblem(int line, int column, String columnName, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (line > 0) {
            where.append("line ").append(line);
            if (column > 0) {
                where.append(", column ").append(column);
                if (columnName != null) {
                    where.append(" (").append(columnName).append(')');
                }
            }
            where.append(": ");
        }
        return where + message;
    }
}
