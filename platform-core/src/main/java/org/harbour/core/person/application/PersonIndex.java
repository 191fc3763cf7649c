package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.person.domain.IdentifyingDetails;
import org.harbour.core.person.domain.NhsNumber;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PersonKnownTo;
import org.harbour.core.person.domain.Upn;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.event.PersonDetailsChanged;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Records, opens and changes persons in the index. Opening and changing are need to know
 * ({@link RecordAccess}) and audited; recording a person first shows the likely duplicates and
 * goes ahead only when the user confirms, which is audited too. A new person becomes known to
 * the recording member of staff's service area ({@link PersonReach}), so their team can open the
 * record and start work before any case is allocated.
 */
@ApplicationScoped
@Requires(CorePermissions.RECORDS)
public class PersonIndex {

    public static final String RECORD_TYPE = RecordAccess.RECORD_TYPE;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private AuditLog audit;

    @Inject
    private PersonValidation validation;

    @Inject
    private DuplicateCheck duplicateCheck;

    @Inject
    private SecurityContext securityContext;

    /** Observed by modules after the change commits (see org.harbour.core.spi.event). */
    @Inject
    private Event<PersonDetailsChanged> detailsChanged;

    private final Clock clock = Clock.systemUTC();

    /** Throws {@link InvalidPersonDetails} unless the details may be saved. */
    public void validate(PersonDetails details) {
        validation.check(details);
    }

    /** Persons already in the index who may be this one; validates the details first. */
    @Transactional
    public List<DuplicateCandidate> duplicatesOf(PersonDetails details) {
        validation.check(details);
        return duplicateCheck.candidatesFor(identifying(details));
    }

    /**
     * Records the person, unless the index holds possible duplicates and {@code confirmDuplicate}
     * is false: then {@link DuplicatesFound} lists them and nothing is saved.
     */
    @Transactional
    public PersonView create(PersonDetails details, boolean confirmDuplicate) {
        validation.check(details);
        String username = username();
        ServiceArea area = knownToArea(username, details.getServiceArea());
        List<DuplicateCandidate> candidates = duplicateCheck.candidatesFor(identifying(details));
        if (!candidates.isEmpty() && !confirmDuplicate) {
            throw new DuplicatesFound(candidates);
        }
        checkIdentifiersUnused(details, null);
        Person person = new Person(details.getGivenName(), details.getFamilyName(), details.getDateOfBirth(),
                details.getSex());
        apply(details, person);
        Instant now = Instant.now(clock);
        person.touch(username, now);
        em.persist(person);
        em.flush();
        em.persist(new PersonKnownTo(person.getId(), area.getId(), username, now));
        String id = Long.toString(person.getId());
        audit.success("PERSON_CREATE", RECORD_TYPE, id, "Known to service area " + area.getCode());
        if (!candidates.isEmpty()) {
            audit.success("PERSON_DUPLICATE_CONFIRMED", RECORD_TYPE, id, "Recorded although the index held "
                    + candidates.stream().map(c -> "person " + c.getPerson().getId() + " ("
                            + c.getLikelihood().getLabel().toLowerCase() + ")").collect(Collectors.joining(", ")));
        }
        return new PersonView(person, today());
    }

    /** The person's record, when the user may reach it; the read is audited. */
    @Transactional(dontRollbackOn = RecordNotFoundException.class)
    public PersonView open(long personId) {
        recordAccess.require(personId, "PERSON_VIEW");
        Person person = em.find(Person.class, personId);
        audit.success("PERSON_VIEW", RECORD_TYPE, Long.toString(personId), null);
        return new PersonView(person, today());
    }

    /**
     * Saves the change if the record is still at {@code basedOnVersion}; otherwise
     * {@link EditConflictException} says who changed it and when, and nothing is saved.
     */
    @Transactional(dontRollbackOn = {RecordNotFoundException.class, EditConflictException.class})
    public PersonView update(long personId, PersonDetails details, long basedOnVersion) {
        recordAccess.require(personId, "PERSON_UPDATE");
        validation.check(details);
        Person person = em.find(Person.class, personId);
        String id = Long.toString(personId);
        if (person.getVersion() != basedOnVersion) {
            audit.failure("PERSON_UPDATE", RECORD_TYPE, id,
                    "Edit conflict: based on version " + basedOnVersion + ", record at version " + person.getVersion());
            throw new EditConflictException(person.getUpdatedBy(), person.getUpdatedAt(), person.getVersion());
        }
        checkIdentifiersUnused(details, personId);
        apply(details, person);
        person.touch(username(), Instant.now(clock));
        em.flush();
        audit.success("PERSON_UPDATE", RECORD_TYPE, id, "Now at version " + person.getVersion());
        detailsChanged.fire(new PersonDetailsChanged(personId, person.getVersion()));
        return new PersonView(person, today());
    }

    /** Service areas the signed-in user may make a new person known to, by name. */
    @Transactional
    public List<ServiceArea> areasOfCurrentUser() {
        return areasOf(username());
    }

    private List<ServiceArea> areasOf(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username).getResultStream()
                .flatMap(u -> u.getServiceAreas().stream())
                .sorted(Comparator.comparing(ServiceArea::getName))
                .toList();
    }

    private ServiceArea knownToArea(String username, String requestedCode) {
        List<ServiceArea> areas = areasOf(username);
        if (requestedCode != null && !requestedCode.isBlank()) {
            return areas.stream().filter(a -> a.getCode().equals(requestedCode.strip())).findFirst()
                    .orElseThrow(() -> InvalidPersonDetails.of("serviceArea",
                            "Choose one of your own service areas"));
        }
        if (areas.size() == 1) {
            return areas.get(0);
        }
        throw InvalidPersonDetails.of("serviceArea", areas.isEmpty()
                ? "You belong to no service area, so no team could reach this person: ask an administrator"
                : "Choose the service area this person is known to");
    }

    private void checkIdentifiersUnused(PersonDetails details, Long personId) {
        List<FieldError> errors = new ArrayList<>();
        String nhs = NhsNumber.normalise(blankAsNull(details.getNhsNumber()));
        if (nhs != null && usedElsewhere("nhsNumber", nhs, personId)) {
            errors.add(new FieldError("nhsNumber", "Another person in the index already has this NHS number"));
        }
        String upn = Upn.normalise(details.getUpn());
        if (upn != null && usedElsewhere("upn", upn, personId)) {
            errors.add(new FieldError("upn", "Another person in the index already has this UPN"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPersonDetails(errors);
        }
    }

    private boolean usedElsewhere(String field, String value, Long personId) {
        return em.createQuery("select count(p) from Person p where p." + field + " = :value and p.id <> :id", Long.class)
                .setParameter("value", value).setParameter("id", personId == null ? -1L : personId)
                .getSingleResult() > 0;
    }

    private static void apply(PersonDetails d, Person p) {
        p.rename(d.getGivenName(), d.getFamilyName());
        p.setDateOfBirth(d.getDateOfBirth());
        p.setDateOfDeath(d.getDateOfDeath());
        p.setSex(d.getSex());
        p.setKind(d.getKind());
        p.setEthnicity(d.getEthnicity());
        p.setNhsNumber(d.getNhsNumber());
        p.setUpn(d.getUpn());
        p.setFormerUpn(d.getFormerUpn());
        p.setExpectedBirthDate(d.getExpectedBirthDate());
        p.setAddress(d.getAddressLine1(), d.getAddressLine2(), d.getTown());
        p.setPostcode(d.getPostcode());
        p.setAlerts(d.getAlerts());
    }

    public static IdentifyingDetails identifying(PersonDetails d) {
        return IdentifyingDetails.of(d.getGivenName(), d.getFamilyName(), d.getDateOfBirth(), d.getNhsNumber(),
                d.getUpn(), d.getPostcode());
    }

    private String username() {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("No signed-in member of staff");
        }
        return caller.getName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
