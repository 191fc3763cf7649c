package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.measures.domain.ChildTraits;
import org.harbour.youthjustice.measures.domain.Dimension;
import org.harbour.youthjustice.measures.domain.Disproportionality;
import org.harbour.youthjustice.measures.domain.PopulationFigure;
import org.harbour.youthjustice.measures.domain.Stage;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;
import org.harbour.youthjustice.measures.infrastructure.PopulationRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Disproportionality at each rung of the ladder by ethnicity, sex, age and looked-after status,
 * against the 10-17 population the analyst loads year by year; figures only, no child named. Needs
 * {@code youth-justice:measures}; every view and every population change is audited.
 */
@ApplicationScoped
@Transactional
@Requires({YjPermissions.ACCESS, YjPermissions.MEASURES})
public class DisproportionalityService {

    public static final String VIEW = "YJ_DISPROPORTIONALITY_VIEW";
    public static final String POPULATION_SET = "YJ_POPULATION_SET";
    private static final String RECORD_TYPE = "youth-justice-population";
    /** Five years at most: a longer period reads more than any board paper shows. */
    private static final int MAX_YEARS = 5;

    @Inject
    private MeasureRowsRepository rows;

    @Inject
    private PopulationRepository populations;

    @Inject
    private CaseData caseData;

    @Inject
    private YjAccess access;

    public DisproportionalityView of(LocalDate from, LocalDate to, String by) {
        Dimension dimension = dimension(by, "by");
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "Give a period: from a day to a day not before it.");
        }
        if (from.isBefore(LocalDate.of(2000, 1, 1)) || to.isAfter(from.plusYears(MAX_YEARS)) || from.isAfter(access.today())) {
            throw new InvalidInputException("from", "Give a period from 2000, begun by today, of at most five years.");
        }
        List<Disproportionality.Event> events = new ArrayList<>();
        rows.outcomesUntil(to).stream().filter(o -> !o.quashed() && !o.outcomeOn().isBefore(from))
                .forEach(o -> events.add(new Disproportionality.Event(o.personId(), Stage.of(o.rung()), o.outcomeOn())));
        rows.remandsStarted(from, to).forEach(r -> events.add(new Disproportionality.Event(r.personId(), Stage.REMAND, r.startedOn())));
        Set<Long> ids = events.stream().map(Disproportionality.Event::personId).collect(Collectors.toSet());
        Map<Long, ChildTraits> children = traits(ids, from, to, dimension == Dimension.LOOKED_AFTER);
        Integer year = populations.latestYear(dimension, from.getYear()).orElse(null);
        Map<String, Long> population = year == null ? Map.of() : populations.of(dimension, year).stream()
                .collect(Collectors.toMap(PopulationFigure::getGroup, p -> (long) p.getPopulation()));
        DisproportionalityView view = DisproportionalityView.of(from, to, dimension, year,
                Disproportionality.of(dimension, events, children, population));
        access.success(VIEW, "module", "youth-justice", "disproportionality by " + dimension + ", " + from + " to " + to
                + ", " + ids.size() + " children");
        return view;
    }

    /** The population figures of a year, every dimension. */
    public List<PopulationView> population(int year) {
        List<PopulationView> figures = populations.ofYear(year).stream().map(PopulationView::of).toList();
        access.success(VIEW, RECORD_TYPE, Integer.toString(year), figures.size() + " population figures");
        return figures;
    }

    /** Loads or corrects one group's population; a correction sends the version read. */
    public PopulationView set(@NotNull @Valid PopulationForm form) {
        access.requirePermission(YjPermissions.MEASURES, POPULATION_SET, RECORD_TYPE, form.getYear() + "");
        Dimension dimension = dimension(form.getDimension(), "dimension");
        if (!dimension.groups().contains(form.getGroup())) {
            throw new InvalidInputException("group", "Choose one of " + String.join(", ", dimension.groups()) + ".");
        }
        PopulationFigure figure = populations.find(form.getYear(), dimension, form.getGroup()).map(existing -> {
            YjAccess.checkVersion(existing, form.getVersion());
            existing.correct(form.getPopulation());
            existing.touched(access.username(), access.now());
            populations.flush();
            return existing;
        }).orElseGet(() -> populations.add(new PopulationFigure(form.getYear(), dimension, form.getGroup(), form.getPopulation(),
                access.username(), access.now())));
        access.success(POPULATION_SET, RECORD_TYPE, Long.toString(figure.getId()), figure.getYear() + " " + dimension + " "
                + figure.getGroup() + ": " + figure.getPopulation());
        return PopulationView.of(figure);
    }

    private static Dimension dimension(String by, String field) {
        try {
            return Dimension.valueOf(by == null ? "" : by.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Choose ETHNICITY, SEX, AGE or LOOKED_AFTER.");
        }
    }

    private Map<Long, ChildTraits> traits(Set<Long> ids, LocalDate from, LocalDate to, boolean lookedAfter) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return caseData.read(q -> {
            Map<Long, List<EpisodeRow>> episodes = lookedAfter
                    ? q.episodesOverlapping(from, to).stream().filter(e -> !e.shortBreak())
                    .collect(Collectors.groupingBy(EpisodeRow::personId))
                    : Map.of();
            Map<Long, ChildTraits> traits = new HashMap<>();
            for (PersonRecordRow p : q.persons(ids)) {
                List<EpisodeRow> own = episodes.getOrDefault(p.id(), List.of());
                traits.put(p.id(), new ChildTraits(p.id(), p.ethnicity(), p.sex(), p.dateOfBirth(),
                        day -> own.stream().anyMatch(e -> e.overlaps(day, day))));
            }
            return traits;
        });
    }
}
