package org.harbour.core.spi.family;

import java.util.List;

/** Mother-child links and the removal orders of those children, as two flat lists. */
public record FamilyRemovalHistories(List<MotherChildLink> links, List<RemovalOrderRow> orders) {

    public FamilyRemovalHistories {
        links = List.copyOf(links);
        orders = List.copyOf(orders);
    }
}
