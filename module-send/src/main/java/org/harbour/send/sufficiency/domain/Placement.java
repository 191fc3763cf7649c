package org.harbour.send.sufficiency.domain;

import java.math.BigDecimal;

/**
 * One active plan's placement for the commissioners' figures: the setting named, its type, whether
 * in the city, its cost a year (the setting's cost per place; null when the register has none), and
 * the plan's home to school transport (mode name, null for none) and its cost a year.
 */
public record Placement(long settingId, String settingName, String settingType, String settingTypeLabel, boolean inCity,
                        BigDecimal annualCost, String transportMode, String transportModeLabel, BigDecimal transportCost) {
}
