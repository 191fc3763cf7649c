package org.harbour.youthjustice.extract.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.extract.domain.CaseLevelChild.OffenceRow;
import org.harbour.youthjustice.extract.domain.CodeMap;
import org.harbour.youthjustice.extract.domain.CaseLevelChild.OutcomeRow;
import org.harbour.youthjustice.record.domain.OffenceType;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The quarter's offences and outcomes of every child, in two queries, and the code map's version in force. */
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
        return em.createQuery("select o.personId, o.id, o.offenceId, o.outcomeOn, t.code, t.substantive, o.quashedOn "
                        + "from Outcome o join o.type t where o.outcomeOn >= :from and o.outcomeOn <= :to "
                        + "order by o.personId, o.outcomeOn, o.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new Keyed<>((Long) r[0], new OutcomeRow((Long) r[1], (Long) r[2], (LocalDate) r[3], (String) r[4],
                        (Boolean) r[5], (LocalDate) r[6]))).toList();
    }

    /** The version of the code map in force on the day: the one in force from the latest day on or before it. */
    public CodeMap codeMapOn(LocalDate day) {
        List<?> versions = em.createNativeQuery("select map_version from youth_justice_yjb_code_map where in_force_from <= ? "
                + "group by map_version, in_force_from order by in_force_from desc, map_version desc").setParameter(1, java.sql.Date.valueOf(day))
                .getResultList();
        if (versions.isEmpty()) {
            return new CodeMap("none", Map.of());
        }
        String version = versions.get(0).toString();
        Map<CodeMap.Field, Map<String, String>> codes = new EnumMap<>(CodeMap.Field.class);
        List<?> rows = em.createNativeQuery("select field, local_code, yjb_code from youth_justice_yjb_code_map where map_version = ?")
                .setParameter(1, version).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            codes.computeIfAbsent(CodeMap.Field.valueOf(r[0].toString()), f -> new HashMap<>()).put(r[1].toString(), r[2].toString());
        }
        return new CodeMap(version, codes);
    }
}
