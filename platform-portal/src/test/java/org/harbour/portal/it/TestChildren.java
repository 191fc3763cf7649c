package org.harbour.portal.it;

import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.person.domain.Person;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Children made for a test inside the container, each with an open case allocated to a worker in their first area. */
final class TestChildren {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private TestChildren() {
    }

    /** A new child (named "Test" and the family given, with a number) whose case is allocated to the worker. */
    static long allocatedTo(String worker, String family, CaseloadService caseloads, StaffDirectory directory) {
        int n = COUNT.incrementAndGet();
        Person person = caseloads.registerPerson(new Person("Test", family + n, LocalDate.of(2012, 5, n % 28 + 1),
                n % 2 == 0 ? "F" : "M"));
        StaffUser user = directory.findByUsername(worker).orElseThrow();
        caseloads.openAndAllocate(person, LocalDate.of(2024, 1, 8), "Test case", user,
                user.getServiceAreas().iterator().next());
        return person.getId();
    }
}
