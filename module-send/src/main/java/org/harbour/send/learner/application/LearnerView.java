package org.harbour.send.learner.application;

/** A child's learner numbers as SEN2 returns them: the index's UPN, the ULN, the reason a UPN is unknown. */
public record LearnerView(long personId, String name, String upn, String uln, String upnUnknown, String upnUnknownLabel,
                          long version) {
}
