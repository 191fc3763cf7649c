package org.harbour.performance.ssda903.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rows of a year's SSDA903 as its files hold them (each row its column names to values, an empty
 * field as ""): the Header, Episodes and UASC tables, which the rules on last year's return compare.
 */
public record Ssda903Tables(List<Map<String, String>> header, List<Map<String, String>> episodes,
                            List<Map<String, String>> uasc) {

    public Ssda903Tables {
        header = List.copyOf(header);
        episodes = List.copyOf(episodes);
        uasc = List.copyOf(uasc);
    }

    /** Header rows by CHILD. */
    public Map<String, Map<String, String>> headerByChild() {
        return header.stream().collect(Collectors.toMap(r -> r.get("CHILD"), Function.identity(), (a, b) -> a));
    }

    /** UASC rows by CHILD. */
    public Map<String, Map<String, String>> uascByChild() {
        return uasc.stream().collect(Collectors.toMap(r -> r.get("CHILD"), Function.identity(), (a, b) -> a));
    }

    /** The child's episodes by DECOM, first to last (dates compared as dates, the rows as written). */
    public Map<String, List<Map<String, String>>> episodesByChild() {
        return episodes.stream().collect(Collectors.groupingBy(r -> r.get("CHILD"), Collectors.collectingAndThen(
                Collectors.toList(), rows -> rows.stream().sorted(Comparator.comparing(
                        (Map<String, String> r) -> Ssda903Dates.parse(r.get("DECOM")),
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList())));
    }

    /** The child's latest episode, if the table has one. */
    static Optional<Map<String, String>> last(List<Map<String, String>> episodes) {
        return episodes == null || episodes.isEmpty() ? Optional.empty()
                : Optional.of(episodes.get(episodes.size() - 1));
    }
}
