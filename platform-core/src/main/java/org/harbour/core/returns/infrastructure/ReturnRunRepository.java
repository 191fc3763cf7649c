package org.harbour.core.returns.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.core.returns.domain.ReturnRun;
import org.harbour.core.returns.domain.ReturnRunFile;
import org.harbour.core.returns.domain.ReturnRunFileContent;
import org.harbour.core.returns.domain.ReturnRunMessage;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ValidationMessage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import org.harbour.core.returns.domain.ReturnRunCount;
import org.harbour.core.spi.returns.ReturnCount;

/** Stores runs with their files and messages, and reads them back; callers run in a transaction. */
@ApplicationScoped
public class ReturnRunRepository {

    /** The most runs one list answers with: the newest first. */
    private static final int MAX_RUNS = 200;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** Saves the run, then each file (description and bytes) and each message in the order given. */
    public ReturnRun save(ReturnRun run, List<ReturnFile> files, List<String> checksums, List<ValidationMessage> messages) {
        em.persist(run);
        em.flush();
        for (int i = 0; i < files.size(); i++) {
            ReturnRunFile file = new ReturnRunFile(run.getId(), i + 1, files.get(i), checksums.get(i));
            em.persist(file);
            em.flush();
            em.persist(new ReturnRunFileContent(file.getId(), files.get(i).content()));
        }
        for (int i = 0; i < messages.size(); i++) {
            em.persist(new ReturnRunMessage(run.getId(), i + 1, messages.get(i)));
        }
        em.flush();
        return run;
    }

    /** Keeps the run's headline counts in the order given. */
    public void saveCounts(long runId, List<ReturnCount> counts) {
        for (int i = 0; i < counts.size(); i++) {
            em.persist(new ReturnRunCount(runId, i + 1, counts.get(i).name(), counts.get(i).value()));
        }
        em.flush();
    }

    public List<ReturnRunCount> countsOf(long runId) {
        return em.createQuery("select c from ReturnRunCount c where c.runId = :run order by c.countNo",
                        ReturnRunCount.class)
                .setParameter("run", runId).getResultList();
    }

    /** The latest run of the return for the period that ended on the given day (the previous period's), if any. */
    public Optional<ReturnRun> latestEndingOn(String returnId, LocalDate periodEnd) {
        return em.createQuery("select r from ReturnRun r where r.returnId = :id and r.periodEnd = :end"
                                + " order by r.runAt desc, r.id desc", ReturnRun.class)
                .setParameter("id", returnId).setParameter("end", periodEnd).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public Optional<ReturnRun> find(long runId) {
        return Optional.ofNullable(em.find(ReturnRun.class, runId));
    }

    /** Runs of the returns named, newest first. */
    public List<ReturnRun> runsOf(Collection<String> returnIds) {
        if (returnIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from ReturnRun r where r.returnId in :ids order by r.runAt desc, r.id desc",
                        ReturnRun.class)
                .setParameter("ids", returnIds).setMaxResults(MAX_RUNS).getResultList();
    }

    public List<ReturnRunFile> filesOf(long runId) {
        return em.createQuery("select f from ReturnRunFile f where f.runId = :run order by f.fileNo", ReturnRunFile.class)
                .setParameter("run", runId).getResultList();
    }

    public List<ReturnRunMessage> messagesOf(long runId) {
        return em.createQuery("select m from ReturnRunMessage m where m.runId = :run order by m.lineNo",
                        ReturnRunMessage.class)
                .setParameter("run", runId).getResultList();
    }

    public Optional<byte[]> contentOf(long fileId) {
        return Optional.ofNullable(em.find(ReturnRunFileContent.class, fileId)).map(ReturnRunFileContent::getContent);
    }
}
