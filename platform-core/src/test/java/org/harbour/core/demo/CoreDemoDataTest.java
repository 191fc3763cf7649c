package org.harbour.core.demo;

import org.harbour.core.person.domain.NhsNumber;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CoreDemoDataTest {

    @Test
    void demoNhsNumbersAreValidAndFromTheRangeReservedForTesting() {
        Random random = new Random(7);
        IntStream.range(0, 500).mapToObj(i -> CoreDemoData.testNhsNumber(random)).forEach(number -> {
            assertThat(number).startsWith("999").hasSize(10);
            assertThat(NhsNumber.isValid(number)).as(number).isTrue();
        });
    }
}
