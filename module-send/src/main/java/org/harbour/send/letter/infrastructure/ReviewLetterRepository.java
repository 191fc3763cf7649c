package org.harbour.send.letter.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.send.letter.domain.ReviewLetter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored letters after annual reviews. No checks here: the letter service checks permission and reach. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewLetterRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(ReviewLetter letter) {
        em.persist(letter);
        em.flush();
    }

    public Optional<ReviewLetter> find(long id) {
        return Optional.ofNullable(em.find(ReviewLetter.class, id));
    }

    /** The letters of a review, in the order they were sent. */
    public List<ReviewLetter> ofReview(long reviewId) {
        return em.createQuery("select l from ReviewLetter l where l.reviewId = :r order by l.sentOn, l.id", ReviewLetter.class)
                .setParameter("r", reviewId).getResultList();
    }

    /** The letters of the reviews given. */
    public List<ReviewLetter> ofReviews(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from ReviewLetter l where l.reviewId in :r", ReviewLetter.class)
                .setParameter("r", reviewIds).getResultList();
    }
}
