package org.harbour.youthjustice.board.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.board.domain.BoardMeeting;

import java.util.List;
import java.util.Optional;

/** Stored board meetings. No checks here: the services check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoardRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public BoardMeeting add(BoardMeeting meeting) {
        em.persist(meeting);
        em.flush();
        return meeting;
    }

    public void flush() {
        em.flush();
    }

    public Optional<BoardMeeting> find(long id) {
        return Optional.ofNullable(em.find(BoardMeeting.class, id));
    }

    public List<BoardMeeting> latestFirst() {
        return em.createQuery("select m from YjBoardMeeting m order by m.metOn desc, m.id desc", BoardMeeting.class)
                .setMaxResults(40).getResultList();
    }
}
