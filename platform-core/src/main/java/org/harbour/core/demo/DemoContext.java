package org.harbour.core.demo;

import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/** What seeders share: the demo staff and areas by code, a stable "today" and a seeded random source. */
public final class DemoContext {

    private final Map<String, StaffUser> staff;
    private final Map<String, ServiceArea> areas;
    private final LocalDate today;
    private final Random random;

    public DemoContext(Map<String, StaffUser> staff, Map<String, ServiceArea> areas, LocalDate today, long seed) {
        this.staff = Map.copyOf(staff);
        this.areas = Map.copyOf(areas);
        this.today = today;
        this.random = new Random(seed);
    }

    public StaffUser staff(String username) {
        StaffUser user = staff.get(username);
        if (user == null) {
            throw new NoSuchElementException("No demo user " + username);
        }
        return user;
    }

    public ServiceArea area(String code) {
        ServiceArea area = areas.get(code);
        if (area == null) {
            throw new NoSuchElementException("No demo service area " + code);
        }
        return area;
    }

    public LocalDate today() {
        return today;
    }

    public Random random() {
        return random;
    }
}
