package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The database's stamp of who may do what: every change to users' roles, areas or activity, to
 * roles' permissions or to module switches moves it on in its own transaction, so every instance of
 * a cluster sees the change and the stamp together, and drops what it had kept from before.
 */
@ApplicationScoped
public class AccessVersion {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** The stamp as committed now. Read it before the data it guards, never after. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        return ((Number) em.createNativeQuery("SELECT version FROM core_access_version WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /** Moves the stamp on within the caller's transaction: call it from every change to access. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        em.createNativeQuery("UPDATE core_access_version SET version = version + 1 WHERE id = 1").executeUpdate();
    }
}
