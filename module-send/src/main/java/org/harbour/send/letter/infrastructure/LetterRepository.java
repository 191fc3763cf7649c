package org.harbour.send.letter.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.send.letter.domain.FamilyLetter;

import java.util.List;
import java.util.Optional;

/** Stored family letters. No checks here: the letter service checks permission and reach. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LetterRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(FamilyLetter letter) {
        em.persist(letter);
        em.flush();
    }

    public Optional<FamilyLetter> find(long id) {
        return Optional.ofNullable(em.find(FamilyLetter.class, id));
    }

    /** The letters of a request, in the order they were sent. */
    public List<FamilyLetter> ofRequest(long requestId) {
        return em.createQuery("select l from FamilyLetter l where l.requestId = :r order by l.sentOn, l.id", FamilyLetter.class)
                .setParameter("r", requestId).getResultList();
    }

    /** The letters of the requests given. */
    public List<FamilyLetter> ofRequests(java.util.Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from FamilyLetter l where l.requestId in :r", FamilyLetter.class)
                .setParameter("r", requestIds).getResultList();
    }
}
