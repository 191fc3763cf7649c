package org.harbour.core.spi.casedata;

import java.util.List;

/**
 * A child's characteristics for the Children in Need census beyond the person's details: the
 * disabilities as the census codes them (NONE, or the child's codes; empty when not recorded) and
 * why the child has no UPN (UN1-UN7, null when not recorded).
 */
public record ChildCharacteristicsRow(long personId, List<String> disabilities, String upnUnknown) {

    public ChildCharacteristicsRow {
        disabilities = List.copyOf(disabilities);
    }
}
