package org.harbour.core.person.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PersonRelationship;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Relationships between persons, recorded from either side and read from both. Reading or adding
 * them is need to know for the person whose record it is; each is audited on that person (and an
 * addition on the other person too, whose record it also changes).
 */
@ApplicationScoped
@Requires(CorePermissions.RECORDS)
public class Relationships {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private AuditLog audit;

    @Inject
    private PersonValidation validation;

    @Inject
    private SecurityContext securityContext;

    private final Clock clock = Clock.systemUTC();

    /** Current relationships first, then ended ones; each as the person sees the other. */
    @Transactional(dontRollbackOn = RecordNotFoundException.class)
    public List<RelationshipView> of(long personId) {
        recordAccess.require(personId, "RELATIONSHIP_VIEW");
        LocalDate today = LocalDate.now(clock);
        List<PersonRelationship> relationships = em.createQuery("""
                        select r from PersonRelationship r join fetch r.from join fetch r.to
                        where r.from.id = :person or r.to.id = :person""", PersonRelationship.class)
                .setParameter("person", personId)
                .getResultList();
        // Whether each relation's record may be opened, decided for all of them together.
        Set<Long> reachable = recordAccess.reachable(relationships.stream().map(r -> r.otherThan(personId).getId()).toList());
        List<RelationshipView> views = relationships.stream()
                .map(r -> view(r, personId, today, reachable.contains(r.otherThan(personId).getId())))
                .sorted(Comparator.comparing((RelationshipView v) -> !v.isCurrent())
                        .thenComparing(RelationshipView::getRole)
                        .thenComparing(RelationshipView::getOtherName))
                .toList();
        audit.success("RELATIONSHIP_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId), null);
        return views;
    }

    @Transactional(dontRollbackOn = RecordNotFoundException.class)
    public RelationshipView add(long personId, RelationshipRequest request) {
        recordAccess.require(personId, "RELATIONSHIP_CREATE");
        validation.check(request);
        long otherId = request.getOtherPersonId();
        if (otherId == personId) {
            throw InvalidPersonDetails.of("otherPersonId", "A person cannot be related to themselves");
        }
        Person self = em.find(Person.class, personId);
        Person other = em.find(Person.class, otherId);
        // Need to know holds for the other side too: naming an id must neither reveal that person nor make them reachable.
        if (other == null || !recordAccess.mayAccess(otherId)) {
            audit.denied("RELATIONSHIP_CREATE", RecordAccess.RECORD_TYPE, Long.toString(otherId),
                    (other == null ? "No such record" : "Not known to the user's service areas")
                            + "; named as the other side of a relationship of person " + personId);
            throw InvalidPersonDetails.of("otherPersonId", "No person you may see has this id");
        }
        if (request.getStartedOn() != null && request.getEndedOn() != null
                && request.getEndedOn().isBefore(request.getStartedOn())) {
            throw InvalidPersonDetails.of("endedOn", "The relationship cannot end before it started");
        }
        Person from = request.isThisPersonIsType() ? self : other;
        Person to = request.isThisPersonIsType() ? other : self;
        boolean recorded = em.createQuery("""
                        select count(r) from PersonRelationship r
                        where r.from = :from and r.to = :to and r.type = :type and r.endedOn is null""", Long.class)
                .setParameter("from", from).setParameter("to", to).setParameter("type", request.getType())
                .getSingleResult() > 0;
        if (recorded) {
            throw InvalidPersonDetails.of("type", "This relationship is already recorded");
        }
        PersonRelationship relationship = new PersonRelationship(from, to, request.getType(), request.getStartedOn(),
                request.getEndedOn(), securityContext.getCallerPrincipal().getName(), Instant.now(clock));
        em.persist(relationship);
        em.flush();
        String detail = "Relationship " + relationship.getId() + " (" + request.getType() + ") between persons "
                + from.getId() + " and " + to.getId();
        audit.success("RELATIONSHIP_CREATE", RecordAccess.RECORD_TYPE, Long.toString(personId), detail);
        audit.success("RELATIONSHIP_CREATE", RecordAccess.RECORD_TYPE, Long.toString(otherId), detail);
        return view(relationship, personId, LocalDate.now(clock), recordAccess.mayAccess(otherId));
    }

    private RelationshipView view(PersonRelationship r, long personId, LocalDate today, boolean mayOpen) {
        Person other = r.otherThan(personId);
        return new RelationshipView(r.getId(), other.getId(), other.getFullName(), other.getDateOfBirth(),
                r.roleOfOtherFor(personId), r.getType().name(), r.getStartedOn(), r.getEndedOn(), r.isCurrentOn(today),
                mayOpen);
    }
}
