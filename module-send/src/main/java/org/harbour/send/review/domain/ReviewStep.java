package org.harbour.send.review.domain;

import java.time.LocalDate;

/** The next step of an annual review, the day it is due and whether it is late. */
public record ReviewStep(String what, LocalDate dueOn, boolean late) {
}
