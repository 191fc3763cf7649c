package org.harbour.performance.cincensus.domain;

import org.harbour.core.spi.casedata.ChildCharacteristicsRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.casedata.ReviewRow;

import java.util.List;

/**
 * What core records that one year's census is made from: the referrals open on any day of the
 * year, every assessment, CIN plan, strategy discussion, section 47 enquiry and CP plan of those
 * children, the child protection reviews held, the persons, and their census characteristics
 * (disabilities, why there is no UPN) where recorded.
 */
public record CinCensusRecords(List<InvolvementDetailRow> referrals, List<InvolvementDetailRow> work,
                               List<ReviewRow> reviews, List<PersonRecordRow> persons,
                               List<ChildCharacteristicsRow> characteristics) {

    public CinCensusRecords(List<InvolvementDetailRow> referrals, List<InvolvementDetailRow> work,
                            List<ReviewRow> reviews, List<PersonRecordRow> persons) {
        this(referrals, work, reviews, persons, List.of());
    }
}
