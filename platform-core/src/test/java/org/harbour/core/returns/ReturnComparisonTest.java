package org.harbour.core.returns;

import org.harbour.core.returns.application.ReturnRunView;
import org.harbour.core.spi.returns.ReturnCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run's headline count beside the previous year's, in words the analyst reads. */
class ReturnComparisonTest {

    @Test
    void theChangeIsGivenAsANumberAndAPercentage() {
        assertThat(new ReturnRunView.Comparison("Children looked after", 112, "2024-25", 100L).change())
                .isEqualTo("+12 (+12%)");
        assertThat(new ReturnRunView.Comparison("Episodes", 90, "2024-25", 120L).change()).isEqualTo("-30 (-25%)");
        assertThat(new ReturnRunView.Comparison("Episodes", 5, "2024-25", 0L).change()).isEqualTo("+5");
        assertThat(new ReturnRunView.Comparison("Episodes", 5, null, null).change()).isEmpty();
    }

    @Test
    void aCountIsNamed() {
        assertThatThrownBy(() -> new ReturnCount(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
