package org.harbour.youthjustice.extract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;
import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnOutput;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.StatutoryReturn;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.extract.domain.CaseLevelChecks;
import org.harbour.youthjustice.extract.domain.CaseLevelChild;
import org.harbour.youthjustice.extract.domain.CodeMap;
import org.harbour.youthjustice.extract.infrastructure.CaseLevelRepository;
import org.harbour.youthjustice.extract.infrastructure.CaseLevelXml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The YJB's case-level data for a quarter of the April to March year ({@code 2025-26 Q1}): every
 * child with an offence committed or an outcome given in the quarter, by local id, with every code
 * translated by the version of the code map (a table) in force on the quarter's last day. No public
 * schema exists: the file is the portal's own layout, and its title says so on the returns page. Core runs it as the user who asked (permission
 * {@code youth-justice:export}), keeps the file with its checksum and audits the run.
 */
@ApplicationScoped
public class YjbCaseLevelReturn implements StatutoryReturn {

    public static final String ID = "youth-justice-yjb-case-level";
    public static final String FILE = "yjb_case_level.xml";

    @Inject
    private CaseLevelRepository records;

    @Inject
    private People people;

    @Override
    public ReturnDefinition definition() {
        return new ReturnDefinition(ID, "YJB case-level data, quarterly (no public schema exists: the portal's own layout "
                + CaseLevelXml.LAYOUT + " with its versioned code map)", "youth-justice", YjPermissions.EXPORT,
                ReturnPeriodRule.aprilToMarchQuarters());
    }

    @Override
    public List<ReturnFile> produce(ReturnPeriod period) {
        return run(period).files();
    }

    @Override
    public List<ValidationMessage> validate(ReturnPeriod period, List<ReturnFile> files) {
        return run(period).messages();
    }

    @Override
    public ReturnOutput run(ReturnPeriod period) {
        List<CaseLevelChild> children = children(period);
        CodeMap map = records.codeMapOn(period.end());
        return new ReturnOutput(List.of(new ReturnFile(FILE, "application/xml", CaseLevelXml.write(children, period, map))),
                CaseLevelChecks.check(children, map));
    }

    private List<CaseLevelChild> children(ReturnPeriod period) {
        Map<Long, List<CaseLevelChild.OffenceRow>> offences = new TreeMap<>();
        Map<Long, List<CaseLevelChild.OutcomeRow>> outcomes = new TreeMap<>();
        records.offences(period.start(), period.end()).forEach(k -> offences.computeIfAbsent(k.personId(), p -> new ArrayList<>()).add(k.row()));
        records.outcomes(period.start(), period.end()).forEach(k -> outcomes.computeIfAbsent(k.personId(), p -> new ArrayList<>()).add(k.row()));
        TreeMap<Long, Boolean> ids = new TreeMap<>();
        offences.keySet().forEach(id -> ids.put(id, true));
        outcomes.keySet().forEach(id -> ids.put(id, true));
        List<CaseLevelChild> children = new ArrayList<>();
        for (long id : ids.keySet()) {
            PersonSummary p = people.find(id).orElse(null);
            children.add(new CaseLevelChild(id, p == null ? null : p.dateOfBirth(), p == null ? null : p.sex(),
                    p == null ? null : p.ethnicity(), offences.getOrDefault(id, List.of()), outcomes.getOrDefault(id, List.of())));
        }
        return children;
    }
}
