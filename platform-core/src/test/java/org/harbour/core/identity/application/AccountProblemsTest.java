package org.harbour.core.identity.application;

import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AccountProblemsTest {

    @Test
    void everyProblemIsRefusedTogetherInTheOrderOfTheForm() {
        AccountProblems problems = new AccountProblems();
        problems.add("password", "Use at least 12 characters (this one has 5).");
        problems.add("roles", "There is no role NOBODY.");
        problems.add("username", "The username sam.new is already taken.");
        problems.add("displayName", "Enter the person's name");

        InvalidInputException refused = catchThrowableOfType(problems::refuseIfAny, InvalidInputException.class);

        assertThat(refused.getProblems()).extracting(FieldProblem::field)
                .containsExactly("username", "displayName", "roles", "password");
        assertThat(refused.getField()).as("the first field of the form is the refusal's own").isEqualTo("username");
    }

    @Test
    void twoProblemsOfOneFieldKeepTheOrderTheyWereFoundIn() {
        AccountProblems problems = new AccountProblems();
        problems.add("password", "Use at least 12 characters (this one has 5).");
        problems.add("password", "Do not include your username in the password.");
        problems.add("email", "Enter an email address such as name@council.gov.uk");

        assertThat(problems.ordered()).extracting(FieldProblem::message).containsExactly(
                "Enter an email address such as name@council.gov.uk",
                "Use at least 12 characters (this one has 5).",
                "Do not include your username in the password.");
    }

    @Test
    void nothingIsRefusedWhenNothingIsWrong() {
        assertThatCode(new AccountProblems()::refuseIfAny).doesNotThrowAnyException();
    }
}
