package org.harbour.send.sen2.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;
import org.harbour.core.spi.people.ReturnIdentifiers;
import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnOutput;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.StatutoryReturn;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.send.SendModule;
import org.harbour.send.SendPermissions;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestStage;
import org.harbour.send.learner.domain.SendLearner;
import org.harbour.send.learner.infrastructure.LearnerRepository;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.sen2.domain.Sen2Person;
import org.harbour.send.sen2.domain.Sen2Rules;
import org.harbour.send.sen2.infrastructure.Sen2Rows;
import org.harbour.send.sen2.infrastructure.Sen2Xml;
import org.harbour.send.review.domain.AnnualReview;
import org.harbour.send.timescale.domain.FinalPlanTimeliness;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SEN2 return: a January census over the previous calendar year, one person-level XML file
 * built from the module's records, checked by {@link Sen2Rules}. Core runs it as the user who asked
 * (with {@code send:return}), stores the file with its checksum and audits the run.
 */
@ApplicationScoped
public class Sen2Return implements StatutoryReturn {

    public static final String FILE = "sen2.xml";

    @Inject
    private Sen2Rows rows;

    @Inject
    private People people;

    @Inject
    private ReturnIdentifiers identifiers;

    @Inject
    private ModuleSettings settings;

    @Inject
    private LearnerRepository learners;

    @Override
    public ReturnDefinition definition() {
        return new ReturnDefinition("send-sen2", "SEN2: EHC plans (person level)", SendModule.ID, SendPermissions.RETURN,
                ReturnPeriodRule.census(MonthDay.of(1, 15), MonthDay.of(1, 1)));
    }

    @Override
    public List<ReturnFile> produce(ReturnPeriod period) {
        return run(period).files();
    }

    @Override
    public List<ValidationMessage> validate(ReturnPeriod period, List<ReturnFile> files) {
        return run(period).messages();
    }

    /** The file and the checks from one reading of the records. */
    @Override
    public ReturnOutput run(ReturnPeriod period) {
        List<Sen2Person> persons = persons(period);
        String laCode = settings.text(SendModule.ID, SendModule.LA_CODE);
        return new ReturnOutput(List.of(new ReturnFile(FILE, "application/xml", Sen2Xml.write(persons, period, laCode))),
                Sen2Rules.check(persons, period, laCode));
    }

    /** The persons in the return's scope, in person id order. */
    public List<Sen2Person> persons(ReturnPeriod period) {
        List<EhcRequest> requests = rows.requestsInScope(period.start(), period.censusDate());
        Map<Long, EhcPlan> plans = rows.plans(requests.stream().map(EhcRequest::getPlanId).filter(Objects::nonNull).toList());
        Map<Long, List<AnnualReview>> reviews = rows.reviews(plans.keySet());
        Map<Long, List<Sen2Person.Sen2Request>> byPerson = new LinkedHashMap<>();
        for (EhcRequest r : requests) {
            EhcPlan plan = plans.get(r.getPlanId());
            byPerson.computeIfAbsent(r.getPersonId(), k -> new ArrayList<>()).add(request(r, plan,
                    plan == null ? List.of() : reviews.getOrDefault(plan.getId(), List.of()), period.start(), period.censusDate()));
        }
        Map<Long, ReturnIdentifiers.Identifiers> ids = identifiers.of(byPerson.keySet());
        Map<Long, SendLearner> learnerNumbers = learners.ofPersons(byPerson.keySet());
        List<Sen2Person> persons = new ArrayList<>();
        byPerson.forEach((personId, reqs) -> {
            PersonSummary p = people.find(personId).orElse(null);
            if (p == null) {
                return;
            }
            ReturnIdentifiers.Identifiers id = ids.getOrDefault(personId, new ReturnIdentifiers.Identifiers(null, null));
            SendLearner learner = learnerNumbers.get(personId);
            persons.add(new Sen2Person(personId, p.familyName(), p.givenName(), p.dateOfBirth(), p.sex(), p.ethnicity(),
                    id.postcode(), id.upn(), learner == null ? null : learner.getUln(),
                    learner == null || learner.getUpnUnknown() == null ? null : learner.getUpnUnknown().getCode(), reqs));
        });
        return persons;
    }

    /**
     * A request in SEN2's codes. RequestOutcome: Y assessed, N not assessed, A decision yet to be
     * made, W withdrawn before the decision. AssessmentOutcome (after a decision to assess): Y a plan
     * issued, N decided not to issue, A not yet decided, W withdrawn before that decision.
     */
    public static Sen2Person.Sen2Request request(EhcRequest r, EhcPlan plan) {
        return request(r, plan, List.of(), null, null);
    }

    /**
     * The request with its plan's ActivePlans part when the plan was active on the census day
     * ({@code census} null: no ActivePlans), its reviews giving the last meeting in the reference
     * period from {@code start}.
     */
    public static Sen2Person.Sen2Request request(EhcRequest r, EhcPlan plan, List<AnnualReview> reviews, LocalDate start,
                                                 LocalDate census) {
        String outcome = switch (r.getStage()) {
            case RECEIVED -> "A";
            case NOT_ASSESSED -> "N";
            case WITHDRAWN -> r.getDecidedOn() == null ? "W" : "Y";
            default -> "Y";
        };
        Sen2Person.Sen2Assessment assessment = null;
        if ("Y".equals(outcome)) {
            FinalPlanTimeliness t = r.timeliness();
            String assessed = switch (r.getStage()) {
                case FINAL_ISSUED -> "Y";
                case NOT_ISSUED -> "N";
                case WITHDRAWN -> "W";
                default -> "A";
            };
            assessment = new Sen2Person.Sen2Assessment(assessed,
                    r.getFinalIssuedOn() != null ? r.getFinalIssuedOn() : r.getNotIssuedOn(),
                    t != null && t.lateButCoveredByExceptions(),
                    plan != null && plan.getStartDate() != null ? plan(plan, reviews, start, census) : null);
        }
        return new Sen2Person.Sen2Request(r.getReceivedOn(), r.getSource().getCode(), r.isInYouthCustody(),
                r.getDecidedOn() != null ? r.getDecidedOn() : r.getWithdrawnOn(), outcome, r.isMediation(), r.isTribunal(),
                assessment);
    }

    static Sen2Person.Sen2Plan plan(EhcPlan p, List<AnnualReview> reviews, LocalDate start, LocalDate census) {
        List<Sen2Person.Sen2Placement> placements = p.getSetting() == null ? List.of()
                : List.of(new Sen2Person.Sen2Placement(p.getSetting().getUrn(), p.getSetting().getUkprn(),
                p.getSetting().getType().getCode(), 1));
        return new Sen2Person.Sen2Plan(p.getStartDate(), p.isResidential(), p.isWorkBasedPlacement(), p.isPersonalBudget(),
                p.hasOrganisedArrangements(), p.hasDirectPayments(), p.getCeasedOn(),
                p.getCeaseReason() == null ? null : p.getCeaseReason().getCode(), placements,
                p.getNeeds().stream().map(n -> new Sen2Person.Sen2Need(n.getSenType().getCode(), n.getSenRank())).toList(),
                census != null && p.activeOn(census) ? active(p, reviews, start, census) : null);
    }

    /**
     * ActivePlans: the authority it came from, the last review meeting in the reference period with
     * the decision after it (ReviewDecision's code) when made by the census day, and the last review
     * meeting held by the census day.
     */
    static Sen2Person.Sen2ActivePlan active(EhcPlan p, List<AnnualReview> reviews, LocalDate start, LocalDate census) {
        AnnualReview inPeriod = null;
        LocalDate last = null;
        for (AnnualReview review : reviews) {
            LocalDate meeting = review.getMeetingOn();
            if (meeting.isAfter(census)) {
                continue;
            }
            if (last == null || meeting.isAfter(last)) {
                last = meeting;
            }
            if (!meeting.isBefore(start) && (inPeriod == null || meeting.isAfter(inPeriod.getMeetingOn()))) {
                inPeriod = review;
            }
        }
        String outcome = inPeriod == null || inPeriod.getDecision() == null || inPeriod.getDecidedOn().isAfter(census) ? null
                : inPeriod.getDecision().getCode();
        return new Sen2Person.Sen2ActivePlan(p.getTransferredInFrom(), inPeriod == null ? null : inPeriod.getMeetingOn(), outcome, last);
    }
}
