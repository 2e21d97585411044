package io.github.veivalg;

import org.apiguardian.api.API;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * One problem of a law-data table that was refused.
 *
 * @param line       the line of the file, from 1; 0 for a problem of the whole file
 * @param column     the column, from 1; 0 for a problem of the whole line
 * @param columnName the column's name in the header ({@code value}, {@code validFrom}, …), or {@code null}
 * @param message    what is wrong, in plain English
 */
@API(status = STABLE, since = "0.1")
public record LawDataProblem(int line, int column, String columnName, String message) {

    /** For example {@code line 12, column 4 (value): is negative: -1300000 …}. */
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
