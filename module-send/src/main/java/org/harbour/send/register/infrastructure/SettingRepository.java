package org.harbour.send.register.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.send.register.domain.EducationSetting;

import java.util.List;
import java.util.Optional;

/** The settings register as stored. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SettingRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(EducationSetting setting) {
        em.persist(setting);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<EducationSetting> find(long id) {
        return Optional.ofNullable(em.find(EducationSetting.class, id));
    }

    public List<EducationSetting> all() {
        return em.createQuery("select s from EducationSetting s order by s.name, s.id", EducationSetting.class).getResultList();
    }
}
