package org.harbour.core.spi.family;

import java.util.Collection;

/**
 * Mothers of children removed from their care, read in a few statements for the whole population
 * or for some women. A mother is the {@code MOTHER} of a child, or a woman recorded as its
 * {@code PARENT}, in core's relationships; a removal is a placement episode with legal status
 * {@code C2} (full care order) or {@code E1} (placement order), or one that ceased with reason
 * {@code E11} or {@code E12} (adopted).
 */
public interface FamilyRemovals {

    /** Every woman with at least one child removed: all her children (removed or not) and their orders. */
    FamilyRemovalHistories all();

    /** The same for the women named (ids of women who are not such mothers are ignored). */
    FamilyRemovalHistories ofMothers(Collection<Long> motherIds);
}
