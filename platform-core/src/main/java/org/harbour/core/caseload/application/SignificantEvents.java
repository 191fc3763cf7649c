package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.domain.ChronologyFlag;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.module.ChronologyEvent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Chronology entries marked significant, as the chronology of a child protection or court case
 * asks. An entry is named by a key of its source, date, category and title (module entries carry
 * no id); changing those words of an entry therefore clears its mark. Marking needs write reach.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, InvalidInputException.class})
@Requires(CorePermissions.RECORDS)
public class SignificantEvents {

    public static final String FLAG = "CHRONOLOGY_FLAG";
    public static final String UNFLAG = "CHRONOLOGY_UNFLAG";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private RecordWriteReach writeReach;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The key that names the entry: SHA-256 of its source, date, category and title, in hex. */
    public static String keyOf(ChronologyEvent e) {
        String text = e.getModuleId() + "\n" + e.getDate() + "\n" + e.getCategory() + "\n" + e.getTitle();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e2);
        }
    }

    /** The keys of the child's significant entries (read with the chronology, whose reading is audited). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> keysOf(long personId) {
        recordAccess.require(personId, "CHRONOLOGY_VIEW");
        return new HashSet<>(em.createQuery("select f.eventKey from ChronologyFlag f where f.personId = :person", String.class)
                .setParameter("person", personId).getResultList());
    }

    /** Marks the entry significant, or clears the mark; says whether it is now marked. */
    public boolean mark(long personId, ChronologyEvent event, boolean significant) {
        String action = significant ? FLAG : UNFLAG;
        writeReach.require(personId, action);
        String key = keyOf(event);
        ChronologyFlag existing = em.createQuery(
                        "select f from ChronologyFlag f where f.personId = :person and f.eventKey = :key", ChronologyFlag.class)
                .setParameter("person", personId).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
        if (significant && existing == null) {
            em.persist(new ChronologyFlag(personId, key, guard.username(), Instant.now(clock)));
        } else if (!significant && existing != null) {
            em.remove(existing);
        }
        em.flush();
        audit.success(action, RecordAccess.RECORD_TYPE, Long.toString(personId),
                event.getDate() + " " + event.getCategory() + ": " + event.getTitle());
        return significant;
    }

    /** Whether the user may mark the child's entries; does not audit. */
    public boolean mayMark(long personId) {
        return writeReach.mayWrite(personId);
    }
}
