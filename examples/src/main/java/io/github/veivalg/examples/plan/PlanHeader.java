package io.github.veivalg.examples.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each template column is in a plan: found from the header row, with the caller's own names
 * for columns ({@code --column "Beskrivelse av kjøp=purchase"}) tried first.
 */
final class PlanHeader {

    private final Map<PlanColumn, Integer> index;
    private final List<String> ignored;

    private PlanHeader(Map<PlanColumn, Integer> index, List<String> ignored) {
        this.index = index;
        this.ignored = ignored;
    }

    /**
     * Maps a header row.
     *
     * @param mapping the caller's header names (normalised) to columns
     * @throws PlanFileException naming every required column that is missing, and the headers found
     */
    static PlanHeader of(List<String> headers, Map<String, PlanColumn> mapping) throws PlanFileException {
        Map<PlanColumn, Integer> index = new EnumMap<>(PlanColumn.class);
        List<String> ignored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String raw = headers.get(i);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            PlanColumn column = mapping.get(PlanColumn.normalise(raw));
            if (column == null) {
                column = PlanColumn.of(raw);
            }
            if (column == null) {
                ignored.add(raw.trim());
            } else if (index.containsKey(column)) {
                problems.add("two columns are " + column.norwegian() + " / " + column.english() + ": \"" + headers.get(index.get(column)).trim()
                        + "\" and \"" + raw.trim() + "\"");
            } else {
                index.put(column, i);
            }
        }
        for (PlanColumn required : PlanColumn.REQUIRED) {
            if (!index.containsKey(required)) {
                problems.add("the column \"" + required.norwegian() + "\" (\"" + required.english() + "\") is missing");
            }
        }
        if (!index.containsKey(PlanColumn.CATEGORY) && !index.containsKey(PlanColumn.CPV)) {
            problems.add("the column \"" + PlanColumn.CATEGORY.norwegian() + "\" (\"" + PlanColumn.CATEGORY.english()
                    + "\") or \"cpv\" is missing: one of them must say what is bought");
        }
        if (!problems.isEmpty()) {
            throw new PlanFileException("The header row does not match the plan template: " + String.join("; ", problems)
                    + ". Columns found: " + headers.stream().filter(h -> h != null && !h.isBlank()).map(h -> "\"" + h.trim() + "\"").toList()
                    + ". Use the template's names (examples/plans/README.md) or --column \"YOUR NAME=column\".");
        }
        return new PlanHeader(index, List.copyOf(ignored));
    }

    /** The cell of a column in a row, trimmed; empty when the plan has no such column or the row ends before it. */
    String cell(PlanReader.RawRow row, PlanColumn column) {
        Integer i = index.get(column);
        if (i == null || i >= row.cells().size() || row.cells().get(i) == null) {
            return "";
        }
        return row.cells().get(i).trim();
    }

    boolean has(PlanColumn column) {
        return index.containsKey(column);
    }

    /** Headers that name no template column (they are kept in the input but not read). */
    List<String> ignored() {
        return ignored;
    }
}
