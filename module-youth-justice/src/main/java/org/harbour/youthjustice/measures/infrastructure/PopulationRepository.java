package org.harbour.youthjustice.measures.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.measures.domain.Dimension;
import org.harbour.youthjustice.measures.domain.PopulationFigure;

import java.util.List;
import java.util.Optional;

/** The 10-17 population by group, year by year. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PopulationRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** The latest year on or before {@code year} with figures for the dimension, if any. */
    public Optional<Integer> latestYear(Dimension dimension, int year) {
        Integer latest = em.createQuery("select max(p.year) from YjPopulationFigure p where p.dimension = :d and p.year <= :y",
                Integer.class).setParameter("d", dimension).setParameter("y", year).getSingleResult();
        return Optional.ofNullable(latest);
    }

    public List<PopulationFigure> of(Dimension dimension, int year) {
        return em.createQuery("select p from YjPopulationFigure p where p.dimension = :d and p.year = :y", PopulationFigure.class)
                .setParameter("d", dimension).setParameter("y", year).getResultList();
    }

    public List<PopulationFigure> ofYear(int year) {
        return em.createQuery("select p from YjPopulationFigure p where p.year = :y order by p.dimension, p.group",
                PopulationFigure.class).setParameter("y", year).getResultList();
    }

    public Optional<PopulationFigure> find(int year, Dimension dimension, String group) {
        return em.createQuery("select p from YjPopulationFigure p where p.year = :y and p.dimension = :d and p.group = :g",
                        PopulationFigure.class).setParameter("y", year).setParameter("d", dimension).setParameter("g", group)
                .getResultStream().findFirst();
    }

    public PopulationFigure add(PopulationFigure figure) {
        em.persist(figure);
        em.flush();
        return figure;
    }

    public void flush() {
        em.flush();
    }
}
