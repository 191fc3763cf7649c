package org.harbour.youthjustice.extract.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.extract.domain.CaseLevelChild.OffenceRow;
import org.harbour.youthjustice.extract.domain.CaseLevelChild.OutcomeRow;
import org.harbour.youthjustice.record.domain.OffenceType;

import java.time.LocalDate;
import java.util.List;

/** The period's offences and outcomes of every child, in two queries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseLevelRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public record Keyed<T>(long personId, T row) {
    }

    public List<Keyed<OffenceRow>> offences(LocalDate from, LocalDate to) {
        return em.createQuery("select f.personId, f.id, f.committedOn, f.type, f.gravity from Offence f "
                        + "where f.committedOn >= :from and f.committedOn <= :to order by f.personId, f.committedOn, f.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new Keyed<>((Long) r[0], new OffenceRow((Long) r[1], (LocalDate) r[2], ((OffenceType) r[3]).name(), (Integer) r[4],
                        ((OffenceType) r[3]).isSeriousViolence((Integer) r[4])))).toList();
    }

    public List<Keyed<OutcomeRow>> outcomes(LocalDate from, LocalDate to) {
        return em.createQuery("select o.personId, o.id, o.offenceId, o.outcomeOn, t.code, t.nationalCode, t.substantive, o.quashedOn "
                        + "from Outcome o join o.type t where o.outcomeOn >= :from and o.outcomeOn <= :to "
                        + "order by o.personId, o.outcomeOn, o.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new Keyed<>((Long) r[0], new OutcomeRow((Long) r[1], (Long) r[2], (LocalDate) r[3], (String) r[4], (String) r[5],
                        (Boolean) r[6], (LocalDate) r[7]))).toList();
    }
}
