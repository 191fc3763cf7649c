package org.harbour.portal.testmodule.returns.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.StatutoryReturn;
import org.harbour.core.spi.returns.ValidationMessage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hello module's tiny statutory return, to prove the returns contract: the placement episodes
 * of a collection year as CSV (by person id, never names), with one rule: a temporary placement
 * (T0-T4) still open at the end of the year is an error on the field PLACE.
 */
@ApplicationScoped
public class HelloReturn implements StatutoryReturn {

    public static final String ID = "hello-episodes";
    public static final String PERMISSION = "hello:returns";
    public static final String CSV = "hello_episodes.csv";
    public static final String RULE = "HELLO-T1";
    private static final String HEADER = "CHILD,EPISODE,DECOM,DEC,PLACE";

    @Inject
    private CaseData caseData;

    @Produces
    PermissionDefinition permission() {
        return new PermissionDefinition(PERMISSION, "Run the hello module's return", List.of(Roles.ADMIN));
    }

    @Override
    public ReturnDefinition definition() {
        return new ReturnDefinition(ID, "Hello placement episodes", "hello", PERMISSION, ReturnPeriodRule.aprilToMarch());
    }

    @Override
    public List<ReturnFile> produce(ReturnPeriod period) {
        List<EpisodeRow> episodes = new ArrayList<>(caseData.read(q -> q.episodesOverlapping(period.start(), period.end())));
        episodes.sort(Comparator.comparingLong(EpisodeRow::personId).thenComparing(EpisodeRow::start)
                .thenComparingLong(EpisodeRow::id));
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (EpisodeRow e : episodes) {
            csv.append(e.personId()).append(',').append(e.id()).append(',').append(e.start()).append(',')
                    .append(e.end() == null ? "" : e.end().toString()).append(',').append(e.placementType()).append("\r\n");
        }
        String header = "<HelloReturn><Period>" + period.label() + "</Period><Episodes>" + episodes.size()
                + "</Episodes></HelloReturn>";
        return List.of(new ReturnFile(CSV, "text/csv; charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8)),
                new ReturnFile("hello_header.xml", "application/xml", header.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads the CSV back, as a recipient's validator would. */
    @Override
    public List<ValidationMessage> validate(ReturnPeriod period, List<ReturnFile> files) {
        String csv = files.stream().filter(f -> f.name().equals(CSV)).findFirst().map(f -> new String(f.content(),
                StandardCharsets.UTF_8)).orElseThrow();
        List<ValidationMessage> messages = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            String[] cell = line.split(",", -1);
            if (line.equals(HEADER) || cell.length < 5) {
                continue;
            }
            boolean openAtEnd = cell[3].isEmpty() || cell[3].compareTo(period.end().toString()) > 0;
            if (cell[4].startsWith("T") && openAtEnd) {
                long child = Long.parseLong(cell[0]);
                messages.add(ValidationMessage.error(RULE, "A temporary placement is still open at the end of the year.",
                        child, "PLACE", "/case/involvement.xhtml?person=" + child + "&kind=placement-episode&id=" + cell[1]));
            }
        }
        return messages;
    }
}
