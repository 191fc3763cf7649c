package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.identity.domain.SignInRecord;

/**
 * Creates a username's sign-in record in a transaction of its own. Two first sign-ins of one
 * username at the same moment would otherwise both insert it in their own transactions and one
 * would fail at commit; here the loser's insert fails alone and its sign-in goes on with the
 * record the other created.
 */
@ApplicationScoped
public class FirstSignInRecord {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String username) {
        if (em.find(SignInRecord.class, username) == null) {
            em.persist(new SignInRecord(username));
            em.flush();
        }
    }
}
