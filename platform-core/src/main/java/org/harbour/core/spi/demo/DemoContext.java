package org.harbour.core.spi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * What seeders share: the demo service areas by code, the children core allocated in each, a
 * stable "today" and a seeded random source. Staff are named by username (see {@link DemoAreas}
 * for the area codes); nothing here is one of core's entities.
 */
public final class DemoContext {

    private final Map<String, Long> areaIds;
    private final Map<String, List<Long>> allocatedChildren;
    private final LocalDate today;
    private final Random random;

    public DemoContext(Map<String, Long> areaIds, Map<String, List<Long>> allocatedChildren, LocalDate today, long seed) {
        this(areaIds, allocatedChildren, today, new Random(seed));
    }

    /** With a random source already drawn from, so that demo data stays the same from one start to the next. */
    public DemoContext(Map<String, Long> areaIds, Map<String, List<Long>> allocatedChildren, LocalDate today, Random random) {
        this.areaIds = Map.copyOf(areaIds);
        this.allocatedChildren = Map.copyOf(allocatedChildren);
        this.today = today;
        this.random = random;
    }

    /** The id of the demo service area with this code. */
    public long areaId(String code) {
        Long id = areaIds.get(code);
        if (id == null) {
            throw new NoSuchElementException("No demo service area " + code);
        }
        return id;
    }

    /** Person ids of the children whose open case core's demo data allocated in the area, in the order made. */
    public List<Long> childrenAllocatedIn(String areaCode) {
        return allocatedChildren.getOrDefault(areaCode, List.of());
    }

    public LocalDate today() {
        return today;
    }

    public Random random() {
        return random;
    }
}
