package org.harbour.core.caseload.domain;

import java.util.Map;
import java.util.TreeMap;

/** Why a child's social worker changed: the SSDA903's SW_REASON codes and the words staff read. */
public final class WorkerChangeReason {

    public static final Map<String, String> CODES;

    static {
        Map<String, String> codes = new TreeMap<>();
        codes.put("MANAGE", "Management decision (e.g. a change of team)");
        codes.put("FCONTA", "Case moved from the front door or assessment team");
        codes.put("LEFTRL", "The social worker left the role");
        codes.put("ORGRST", "Reorganisation or restructure");
        codes.put("TSPROC", "The child moved between teams as planned (transfer process)");
        codes.put("ABSENC", "The social worker's long-term absence");
        codes.put("CHCHAN", "The child asked for a change");
        codes.put("PCCHAN", "The parent or carer asked for a change");
        codes.put("SWDIED", "The social worker died");
        codes.put("OTHERS", "Other reason");
        CODES = java.util.Collections.unmodifiableMap(codes);
    }

    private WorkerChangeReason() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.containsKey(code);
    }
}
