package io.github.veivalg.examples.notice;

import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one notice: whether the procedure and legal basis it chose are open to its buyer
 * for what it buys, at its value, on its date; why, with the paragraph; the paths that are open;
 * the questions that would decide it; and the presumptions it rests on.
 *
 * @param notice       what the notice says
 * @param date         the date assessed: the notice's {@code IssueDate}, or the date asked for when it is a placeholder
 * @param verdict      the verdict
 * @param band         the regime band the engine found for the notice's own figures (under the presumptions)
 * @param reasons      why, in the language asked for, each naming its legal basis
 * @param openPaths    the procedures that are open for these facts, most freedom first
 * @param questions    what the notice does not say and the decision needs, as questions
 * @param presumptions the exemptions taken as not established that the verdict rests on
 * @param warnings     open questions and remarks that concern this verdict
 */
public record NoticeVerdict(Notice notice, LocalDate date, Verdict verdict, Band band, List<String> reasons,
                            List<OpenPath> openPaths, List<String> questions, List<String> presumptions, List<String> warnings) {

    /** The three verdicts. */
    public enum Verdict {
        /** The chosen procedure and legal basis are open for the facts the notice gives. */
        CONSISTENT,
        /** They are not: the reasons say why and which paths are open instead. */
        INCONSISTENT,
        /** The notice does not give the facts the decision needs: the questions list them. */
        CANNOT_TELL
    }

    /** An open path: its id, status, title and legal basis. */
    public record OpenPath(PathId id, PathStatus status, String title, List<String> legalBasis) {
        public OpenPath {
            legalBasis = List.copyOf(legalBasis);
        }
    }

    public NoticeVerdict {
        reasons = List.copyOf(reasons);
        openPaths = List.copyOf(openPaths);
        questions = List.copyOf(questions);
        presumptions = List.copyOf(presumptions);
        warnings = List.copyOf(warnings);
    }

    /** The band, unless it is undetermined. */
    public Optional<Band> knownBand() {
        return band == Band.UNDETERMINED ? Optional.empty() : Optional.of(band);
    }
}
