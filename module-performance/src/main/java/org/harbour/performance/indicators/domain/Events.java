package org.harbour.performance.indicators.domain;

/** Names of the events indicators count, as the drill-down's rows show them. */
final class Events {

    private Events() {
    }

    static String kindInWords(String kind) {
        return switch (kind) {
            case "CONTACT" -> "Contact";
            case "REFERRAL" -> "Referral";
            case "STRATEGY_DISCUSSION" -> "Strategy discussion";
            case "SECTION_47" -> "Section 47 enquiry";
            case "CP_PLAN" -> "Child protection plan";
            default -> kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
